//! Code generation for channels and `select`, checked on the bytecode: the
//! shape of each lowering (instructions, case records and their stack-map
//! bits, dispatch, loop back-edges) and the invariant that no channel
//! instruction has an operand in the outgoing call area (a blocking
//! instruction parks the goroutine, and the stack map does not describe that
//! area). What the programs print is checked end to end by the conformance
//! programs tests/go/run/chan_codegen_*.go.

use frontend::bytecode::{
    Function, Instr, Module, Reg, NONE_REG, SELECT_CASE_SIZE, SELECT_RECV, SELECT_SEND,
};

fn compile(src: &str) -> frontend::Compiled {
    match frontend::compile(vec![("./main.go".to_string(), src.to_string())]) {
        Ok(c) => c,
        Err((sm, errs)) => {
            let msgs: Vec<String> = errs
                .iter()
                .map(|e| format!("{}: {}", sm.position(e.pos), e.msg))
                .collect();
            panic!("compile failed:\n{}", msgs.join("\n"));
        }
    }
}

fn func<'m>(m: &'m Module, name: &str) -> &'m Function {
    m.funcs
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

/// Lowest call base of the function (its outgoing call area), if it calls.
fn call_base(f: &Function) -> Option<u32> {
    f.code
        .iter()
        .filter_map(|i| match i {
            Instr::Call { base, .. } | Instr::CallClosure { base, .. } => Some(base.0),
            _ => None,
        })
        .min()
}

fn selects(f: &Function) -> Vec<(usize, Instr)> {
    f.code
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, Instr::Select { .. }))
        .map(|(k, i)| (k, *i))
        .collect()
}

/// The `ConstI64` that last wrote the second word of case record `rec`
/// before pc `at`: (kind, frame offset).
fn record_word(f: &Function, at: usize, rec: u32) -> (u32, u32) {
    for i in f.code[..at].iter().rev() {
        if let Instr::ConstI64 { dst, v } = i {
            if dst.0 == rec + 8 {
                let v = *v as u64;
                return (v as u32, (v >> 32) as u32);
            }
        }
    }
    panic!("case record at r{rec} never written");
}

/// Every operand of the channel instructions of `f` lies below its call area.
fn check_operands(f: &Function) {
    let Some(base) = call_base(f) else { return };
    let ok = |r: Reg| r == NONE_REG || r.0 < base;
    for (pc, i) in f.code.iter().enumerate() {
        let regs: Vec<Reg> = match i {
            Instr::ChanSend { ch, src } => vec![*ch, *src],
            Instr::ChanRecv { dst, ch, ok } => vec![*dst, *ch, *ok],
            Instr::ChanClose { ch } => vec![*ch],
            Instr::Select { dst, cases, ok, .. } => vec![*dst, *cases, *ok],
            _ => continue,
        };
        for r in regs {
            assert!(
                ok(r),
                "{}: pc {pc} {i:?} uses the call area (base {base})",
                f.name
            );
        }
    }
}

#[test]
fn make_send_receive_close_len_cap() {
    let c = compile(
        r#"package main

func main() {
	var n int8 = 2
	ch := make(chan int, n)
	u := make(chan string)
	ch <- 1
	v, ok := <-ch
	<-ch
	println(v, ok, len(ch), cap(ch), len(u))
	close(ch)
}
"#,
    );
    let f = func(&c.module, "main.main");
    let code = &f.code;
    let makes = code
        .iter()
        .filter(|i| matches!(i, Instr::MakeChan { .. }))
        .count();
    assert_eq!(makes, 2);
    // The int8 size is widened before make.
    let first_make = code
        .iter()
        .position(|i| matches!(i, Instr::MakeChan { .. }))
        .unwrap();
    assert!(
        code[..first_make]
            .iter()
            .any(|i| matches!(i, Instr::Conv { .. })),
        "{}",
        c.disasm()
    );
    assert!(code.iter().any(|i| matches!(i, Instr::ChanSend { .. })));
    let recvs: Vec<&Instr> = code
        .iter()
        .filter(|i| matches!(i, Instr::ChanRecv { .. }))
        .collect();
    assert_eq!(recvs.len(), 2);
    // `v, ok := <-ch` wants ok; the receive statement discards the value.
    assert!(
        matches!(recvs[0], Instr::ChanRecv { dst, ok, .. } if *dst != NONE_REG && *ok != NONE_REG)
    );
    assert!(
        matches!(recvs[1], Instr::ChanRecv { dst, ok, .. } if *dst == NONE_REG && *ok == NONE_REG)
    );
    assert_eq!(
        code.iter()
            .filter(|i| matches!(i, Instr::ChanLen { .. }))
            .count(),
        2
    );
    assert!(code.iter().any(|i| matches!(i, Instr::ChanCap { .. })));
    assert!(code.iter().any(|i| matches!(i, Instr::ChanClose { .. })));
    check_operands(f);
}

#[test]
fn select_case_records() {
    let c = compile(
        r#"package main

type P struct {
	s string
	p *int
}

func main() {
	a := make(chan int, 1)
	b := make(chan P, 1)
	d := make(chan any, 1)
	m := map[string]P{}
	var ok bool
	select {
	case a <- 1:
	case v := <-a:
		println(v)
	case m["k"], ok = <-b:
		println(ok)
	case d <- 5:
	case <-d:
	}
	println(m["k"].s)
}
"#,
    );
    let f = func(&c.module, "main.main");
    let sels = selects(f);
    assert_eq!(sels.len(), 1, "{}", c.disasm());
    let (
        at,
        Instr::Select {
            dst,
            cases,
            n,
            ok,
            block,
        },
    ) = sels[0]
    else {
        unreachable!()
    };
    assert_eq!(n, 5);
    assert_eq!(block, 1, "no default: blocks");
    assert_ne!(ok, NONE_REG, "one case wants ok");
    assert_ne!(dst, NONE_REG);
    let want = [
        (SELECT_SEND, 8u32, false),
        (SELECT_RECV, 8, false),
        (SELECT_RECV, 24, true),
        (SELECT_SEND, 16, true),
        (SELECT_RECV, 0, false),
    ];
    for (k, &(kind, size, ptrs)) in want.iter().enumerate() {
        let rec = cases.0 + k as u32 * SELECT_CASE_SIZE;
        // Word 0 (the channel) is a pointer word, word 1 is not.
        assert!(
            f.stack_map.get(rec / 8),
            "case {k}: channel word not in the stack map"
        );
        assert!(
            !f.stack_map.get(rec / 8 + 1),
            "case {k}: kind word in the stack map"
        );
        let (kd, off) = record_word(f, at, rec);
        assert_eq!(kd, kind, "case {k}");
        if size == 0 {
            assert_eq!(off, u32::MAX, "case {k}: a discarded receive");
            continue;
        }
        assert!(
            off.is_multiple_of(8) && off + size <= f.frame_size,
            "case {k}: {off}"
        );
        // The value slot's pointer words are described.
        let any_ptr = (off / 8..(off + size) / 8).any(|w| f.stack_map.get(w));
        assert_eq!(any_ptr, ptrs, "case {k}");
        // Never overlapping the records.
        assert!(off + size <= cases.0 || off >= cases.0 + n * SELECT_CASE_SIZE);
    }
    // Dispatch: tests of dst after the Select, one per case but the last.
    let tests = f.code[at + 1..]
        .iter()
        .take_while(|i| matches!(i, Instr::JmpLtImm64 { .. }))
        .count();
    assert_eq!(tests, 4);
    check_operands(f);
}

#[test]
fn select_default_single_and_empty() {
    let c = compile(
        r#"package main

func main() {
	a := make(chan int, 1)
	select {
	case a <- 1:
	default:
	}
	select {
	case v := <-a:
		println(v)
	}
	select {
	default:
		println("d")
	}
	select {}
}
"#,
    );
    let f = func(&c.module, "main.main");
    let sels = selects(f);
    assert_eq!(sels.len(), 2, "{}", c.disasm());
    assert!(matches!(sels[0].1, Instr::Select { n: 1, block: 0, .. }));
    // The default is tested first (dst < 0).
    assert!(matches!(
        f.code[sels[0].0 + 1],
        Instr::JmpLtImm64 { imm: 0, .. }
    ));
    // A one-case select is a plain receive; select {} blocks forever.
    assert!(f
        .code
        .iter()
        .any(|i| matches!(i, Instr::ChanRecv { dst, .. } if *dst != NONE_REG)));
    assert!(matches!(sels[1].1, Instr::Select { n: 0, block: 1, .. }));
}

#[test]
fn range_over_channel_loops_through_a_safepoint() {
    let c = compile(
        r#"package main

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	for v := range ch {
		if v > 5 {
			break
		}
		println(v)
	}
	for range ch {
	}
}
"#,
    );
    let f = func(&c.module, "main.main");
    let heads: Vec<usize> = f
        .code
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, Instr::ChanRecv { .. }))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(heads.len(), 2, "{}", c.disasm());
    for (n, &h) in heads.iter().enumerate() {
        let Instr::ChanRecv { dst, ok, .. } = f.code[h] else {
            unreachable!()
        };
        assert_ne!(ok, NONE_REG);
        assert_eq!(dst == NONE_REG, n == 1, "`for range ch` discards");
        assert!(matches!(f.code[h + 1], Instr::JmpIfNot { cond, .. } if cond == ok));
        assert!(
            f.code
                .iter()
                .any(|i| matches!(i, Instr::JmpBack { target } if target.0 as usize == h)),
            "back-edge to the receive\n{}",
            c.disasm()
        );
    }
}

#[test]
fn receives_in_call_arguments_stay_out_of_the_call_area() {
    let c = compile(
        r#"package main

type T struct{ a, b string }

func f(s string, x int, t T, y int) int { return len(s) + x + y + len(t.a) }

func main() {
	ch := make(chan int, 2)
	ts := make(chan T, 1)
	ch <- 1
	ch <- 2
	ts <- T{"x", "y"}
	s := "abc"
	println(f(s, <-ch, <-ts, <-ch))
	m := map[int]int{}
	m[<-ch] = f(s, 1, T{}, 2)
	ch <- f("q", 1, T{}, 3)
}
"#,
    );
    check_operands(func(&c.module, "main.main"));
}

#[test]
fn go_and_defer_of_builtins_and_methods() {
    let c = compile(
        r#"package main

type C struct{ n int }

func (c *C) Inc(done chan bool) { c.n++; done <- true }

func main() {
	done := make(chan bool)
	c := &C{}
	go c.Inc(done)
	<-done
	go println("hi", c.n)
	s := []int{1, 2}
	go clear(s)
	go close(done)
	d := make(chan int)
	defer close(d)
	func() {
		e := make(chan int, 1)
		defer close(e)
	}()
}
"#,
    );
    let f = func(&c.module, "main.main");
    let gos = f
        .code
        .iter()
        .filter(|i| matches!(i, Instr::Go { .. }))
        .count();
    assert_eq!(gos, 4);
    // The deferred/go'd close runs in a thunk.
    assert!(c.module.funcs.iter().any(|g| g.name.contains("deferwrap")
        && g.code.iter().any(|i| matches!(i, Instr::ChanClose { .. }))));
}

#[test]
fn channel_values_are_pointer_words() {
    let c = compile(
        r#"package main

type S struct {
	c  chan int
	n  int
	rc <-chan string
}

func main() {
	var s S
	s.c = make(chan int)
	var ro <-chan int = s.c
	m := map[chan int]int{s.c: 1}
	var e any = ro
	println(m[s.c], e != nil, ro == s.c, s.rc == nil)
}
"#,
    );
    let disasm = c.disasm();
    assert!(disasm.contains("MakeChan"), "{disasm}");
}
