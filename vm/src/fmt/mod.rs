//! Go's fmt over raw memory.
//!
//! The engine formats values in Go's layouts without any reflection
//! runtime: a value is a type descriptor plus the address of its bytes
//! (`Val`), and the printer walks the descriptor exactly where Go's
//! fmt/print.go walks a reflect.Value. The structure mirrors Go's:
//!
//! * `Printer::do_print`, `do_println`, `do_printf` process operands and
//!   the format string (flags, `*` widths, `[n]` argument indexes, the
//!   `%!verb(...)` error forms);
//! * `print_arg` handles one `...any` operand (nil, `%T`, `%p`, then
//!   methods, then the value); `print_value` recurses into composites;
//! * `handle_methods` calls `Error()` or `String()` (or `GoString()` for
//!   `%#v`) through `FmtEnv::call_string_method`, the blessed path back into
//!   Go, and turns a panic in the method into `%!v(PANIC=String method: ...)`
//!   — or `<nil>` when the receiver is a nil pointer, as Go does;
//! * `format::Fmt` applies widths, precisions and flags to numbers and
//!   strings (Go's fmt/format.go), using natives::strconv for floats and
//!   quoting.
//!
//! Maps print with sorted keys, in Go's internal/fmtsort order (`compare`).
//! Interface-typed keys order by dynamic type first (by descriptor address,
//! as Go orders by rtype address, so that order differs from Go's), then
//! by value. Formatter/State (`Format` methods) are not supported.
//! Scanning (Scan, Sscanf, ...) is written in Go (frontend/stdlib/fmt/scan.go).
//!
//! Hazards: method calls run Go code, which may collect garbage or move the
//! goroutine's stack. The caller copies the operand interfaces out of the
//! frame before formatting (`Vec<Iface>`), and every address the printer
//! follows is then reached from those operands' boxes, which are heap
//! objects (the escape analysis treats fmt's `...any` parameter as leaking
//! its contents, as gc does, so boxes are never frame-local; the
//! `escape-check` feature verifies it). What a method could make
//! unreachable while the printer still walks it is pinned
//! (`FmtEnv::pin`): the operands' targets, a printed map's entry array, a
//! slice's backing array whose elements have methods. A panic in a called method is recovered here, as Go's
//! catchPanic does; `FmtEnv::call_string_method` must leave the goroutine
//! ready to continue when it returns `Err(Panic | RuntimeError)`.

pub mod format;

use frontend::bytecode::{RtKind, RtType, RtTypeId};

use crate::native::{Iface, Unwind};
use crate::value::{rd, str_at, Types};
use format::{Fmt, LDIGITS, UDIGITS};

/// What the printer needs from the running program.
pub trait FmtEnv {
    /// The descriptor with id `id`.
    fn rtype(&self, id: RtTypeId) -> &'static RtType;
    /// The descriptor an interface type word points to.
    fn rtype_at(&self, addr: usize) -> &'static RtType;
    /// The interface type word for `id`.
    fn rtype_addr(&self, id: RtTypeId) -> usize;
    /// Calls the method `name` (no arguments, one string result) on the
    /// dynamic value `recv`. `Ok(None)` when the dynamic type has no such
    /// method; `Err` when it panicked (the printer recovers Panic and
    /// RuntimeError, and propagates Exit and Fatal).
    fn call_string_method(&mut self, recv: Iface, name: &str) -> Result<Option<Vec<u8>>, Unwind>;
    /// Keeps the heap object holding `addr` alive until formatting ends
    /// (a root for the collector while methods run).
    fn pin(&mut self, _addr: usize) {}
}

/// `Types` view of a `FmtEnv` (for map iteration).
struct EnvTypes<'a>(&'a dyn FmtEnv);

impl Types for EnvTypes<'_> {
    fn by_id(&self, id: RtTypeId) -> &RtType {
        self.0.rtype(id)
    }
    fn by_addr(&self, addr: usize) -> &RtType {
        self.0.rtype_at(addr)
    }
    fn addr_of(&self, id: RtTypeId) -> usize {
        self.0.rtype_addr(id)
    }
}

/// A value: its type and the address of its bytes.
#[derive(Clone, Copy)]
struct Val {
    t: &'static RtType,
    p: *const u8,
    /// Reached through an unexported field (Go's !CanInterface): methods
    /// are not called on it.
    ro: bool,
}

impl Val {
    fn word(&self) -> usize {
        // SAFETY: `p` addresses a readable value of a pointer-sized type.
        unsafe { rd(self.p) }
    }
}

/// Go's `fmt.Sprint` of the operands.
pub fn sprint(env: &mut dyn FmtEnv, args: &[Iface]) -> Result<Vec<u8>, Unwind> {
    let mut p = Printer::new(env);
    p.do_print(args)?;
    Ok(p.fmt.buf)
}

/// Go's `fmt.Sprintln`.
pub fn sprintln(env: &mut dyn FmtEnv, args: &[Iface]) -> Result<Vec<u8>, Unwind> {
    let mut p = Printer::new(env);
    p.do_println(args)?;
    Ok(p.fmt.buf)
}

/// Go's `fmt.Sprintf`.
pub fn sprintf(env: &mut dyn FmtEnv, format: &[u8], args: &[Iface]) -> Result<Vec<u8>, Unwind> {
    let mut p = Printer::new(env);
    p.do_printf(format, args)?;
    Ok(p.fmt.buf)
}

/// `fmt.Errorf`'s formatting: the message and the operand indexes `%w`
/// wrapped (sorted and deduplicated when reordered, as Go does).
pub fn errorf(
    env: &mut dyn FmtEnv,
    format: &[u8],
    args: &[Iface],
) -> Result<(Vec<u8>, Vec<usize>), Unwind> {
    let mut p = Printer::new(env);
    p.wrap_errs = true;
    p.do_printf(format, args)?;
    let mut w = std::mem::take(&mut p.wrapped);
    if p.reordered {
        w.sort();
    }
    w.dedup();
    Ok((p.fmt.buf, w))
}

enum Cur {
    None,
    Val(Val),
}

struct Printer<'e> {
    env: &'e mut dyn FmtEnv,
    fmt: Fmt,
    cur: Cur,
    erroring: bool,
    panicking: bool,
    wrap_errs: bool,
    wrapped: Vec<usize>,
    reordered: bool,
    good_arg_num: bool,
}

const MAX_DEPTH: usize = 200;

fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Parses a decimal number at `s[start..end]`.
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (w, ok, ni) = parsenum(s, 1, i);
            if !ok || ni != i {
                return (0, i + 1, false);
            }
            return (w - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

fn is_int_kind(k: RtKind) -> Option<bool> {
    match k {
        RtKind::Int | RtKind::Int8 | RtKind::Int16 | RtKind::Int32 | RtKind::Int64 => Some(true),
        RtKind::Uint
        | RtKind::Uint8
        | RtKind::Uint16
        | RtKind::Uint32
        | RtKind::Uint64
        | RtKind::Uintptr => Some(false),
        _ => None,
    }
}

/// Reads an integer of kind `k` at `p`, sign- or zero-extended to 64 bits.
fn read_int(k: RtKind, p: *const u8) -> u64 {
    // SAFETY: `p` addresses a readable integer of kind `k`.
    unsafe {
        match k {
            RtKind::Int8 => rd::<i8>(p) as i64 as u64,
            RtKind::Int16 => rd::<i16>(p) as i64 as u64,
            RtKind::Int32 => rd::<i32>(p) as i64 as u64,
            RtKind::Uint8 | RtKind::Bool => rd::<u8>(p) as u64,
            RtKind::Uint16 => rd::<u16>(p) as u64,
            RtKind::Uint32 => rd::<u32>(p) as u64,
            _ => rd::<u64>(p),
        }
    }
}

impl<'e> Printer<'e> {
    fn new(env: &'e mut dyn FmtEnv) -> Self {
        Printer {
            env,
            fmt: Fmt {
                buf: Vec::with_capacity(64),
                f: Default::default(),
            },
            cur: Cur::None,
            erroring: false,
            panicking: false,
            wrap_errs: false,
            wrapped: vec![],
            reordered: false,
            good_arg_num: true,
        }
    }

    fn w(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    fn wrune(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.fmt
            .buf
            .extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }

    /// The value an interface holds (None for nil).
    fn unbox(&self, i: &Iface) -> Option<Val> {
        if i.typ == 0 {
            return None;
        }
        let t = self.env.rtype_at(i.typ);
        let p = if t.pointer_shaped {
            &i.data as *const usize as *const u8
        } else {
            i.data as *const u8
        };
        Some(Val { t, p, ro: false })
    }

    /// The dynamic value of an interface-typed value (None for nil).
    fn elem_of_iface(&self, v: Val) -> Option<Val> {
        // SAFETY: `v` is an interface value: two readable words.
        let (tw, _data): (usize, usize) = unsafe { (rd(v.p), rd(v.p.add(8))) };
        if tw == 0 {
            return None;
        }
        let t = self.env.rtype_at(tw);
        // SAFETY: as above.
        let p = if t.pointer_shaped {
            unsafe { v.p.add(8) }
        } else {
            unsafe { rd::<usize>(v.p.add(8)) as *const u8 }
        };
        Some(Val { t, p, ro: v.ro })
    }

    fn iface_of(&self, v: Val) -> Iface {
        Iface {
            typ: v.t as *const RtType as usize,
            data: if v.t.pointer_shaped {
                v.word()
            } else {
                v.p as usize
            },
        }
    }

    fn do_print(&mut self, args: &[Iface]) -> Result<(), Unwind> {
        let mut prev_string = false;
        for (n, a) in args.iter().enumerate() {
            let is_string = a.typ != 0 && self.env.rtype_at(a.typ).kind == RtKind::String;
            if n > 0 && !is_string && !prev_string {
                self.w(b" ");
            }
            self.print_arg(a, 'v')?;
            prev_string = is_string;
        }
        Ok(())
    }

    fn do_println(&mut self, args: &[Iface]) -> Result<(), Unwind> {
        for (n, a) in args.iter().enumerate() {
            if n > 0 {
                self.w(b" ");
            }
            self.print_arg(a, 'v')?;
        }
        self.w(b"\n");
        Ok(())
    }

    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        nargs: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < nargs {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn int_from_arg(&self, args: &[Iface], arg_num: usize) -> (i64, bool, usize) {
        let mut num = 0i64;
        let mut is_int = false;
        let mut new = arg_num;
        if arg_num < args.len() {
            if let Some(v) = self.unbox(&args[arg_num]) {
                match is_int_kind(v.t.kind) {
                    Some(true) => {
                        num = read_int(v.t.kind, v.p) as i64;
                        is_int = true;
                    }
                    Some(false) => {
                        let u = read_int(v.t.kind, v.p);
                        if (u as i64) >= 0 {
                            num = u as i64;
                            is_int = true;
                        }
                    }
                    None => {}
                }
            }
            new = arg_num + 1;
            if too_large(num) {
                num = 0;
                is_int = false;
            }
        }
        (num, is_int, new)
    }

    fn do_printf(&mut self, format: &[u8], args: &[Iface]) -> Result<(), Unwind> {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'outer: while i < end {
            self.good_arg_num = true;
            let last = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > last {
                self.w(&format[last..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = !self.fmt.f.minus,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => {
                        self.fmt.f.minus = true;
                        self.fmt.f.zero = false;
                    }
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'w' {
                                self.wrapped.push(arg_num);
                            }
                            if c == b'v' {
                                self.fmt.f.sharp_v = self.fmt.f.sharp;
                                self.fmt.f.sharp = false;
                                self.fmt.f.plus_v = self.fmt.f.plus;
                                self.fmt.f.plus = false;
                            }
                            self.print_arg(&args[arg_num], c as char)?;
                            arg_num += 1;
                            i += 1;
                            continue 'outer;
                        }
                        break;
                    }
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());

            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = self.int_from_arg(args, arg_num);
                self.fmt.f.wid = w;
                self.fmt.f.wid_present = ok;
                arg_num = n;
                if !ok {
                    self.w(b"%!(BADWIDTH)");
                }
                if self.fmt.f.wid < 0 {
                    self.fmt.f.wid = -self.fmt.f.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(format, i, end);
                self.fmt.f.wid = w;
                self.fmt.f.wid_present = ok;
                i = ni;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }

            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (pr, ok, n) = self.int_from_arg(args, arg_num);
                    self.fmt.f.prec = pr;
                    self.fmt.f.prec_present = ok;
                    arg_num = n;
                    if self.fmt.f.prec < 0 {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.w(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (pr, ok, ni) = parsenum(format, i, end);
                    self.fmt.f.prec = if ok { pr } else { 0 };
                    self.fmt.f.prec_present = true;
                    i = ni;
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }

            if i >= end {
                self.w(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = if format[i] < 0x80 {
                (format[i] as char, 1)
            } else {
                let (r, n) = crate::natives::strconv::decode_rune(&format[i..]);
                (char::from_u32(r as u32).unwrap_or('\u{FFFD}'), n.max(1))
            };
            i += size;

            if verb == '%' {
                self.w(b"%");
            } else if !self.good_arg_num {
                self.w(b"%!");
                self.wrune(verb);
                self.w(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.w(b"%!");
                self.wrune(verb);
                self.w(b"(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped.push(arg_num);
                }
                if verb == 'v' {
                    self.fmt.f.sharp_v = self.fmt.f.sharp;
                    self.fmt.f.sharp = false;
                    self.fmt.f.plus_v = self.fmt.f.plus;
                    self.fmt.f.plus = false;
                }
                self.print_arg(&args[arg_num], verb)?;
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < args.len() {
            self.fmt.clear_flags();
            self.w(b"%!(EXTRA ");
            for (n, a) in args[arg_num..].iter().enumerate() {
                if n > 0 {
                    self.w(b", ");
                }
                if a.typ == 0 {
                    self.w(b"<nil>");
                } else {
                    let s = self.env.rtype_at(a.typ).string.as_bytes();
                    self.w(s);
                    self.w(b"=");
                    self.print_arg(a, 'v')?;
                }
            }
            self.w(b")");
        }
        Ok(())
    }

    fn bad_verb(&mut self, verb: char) -> Result<(), Unwind> {
        self.erroring = true;
        self.w(b"%!");
        self.wrune(verb);
        self.w(b"(");
        match self.cur {
            Cur::Val(v) => {
                self.w(v.t.string.as_bytes());
                self.w(b"=");
                self.print_value(v, 'v', 0)?;
            }
            Cur::None => self.w(b"<nil>"),
        }
        self.w(b")");
        self.erroring = false;
        Ok(())
    }

    fn print_arg(&mut self, a: &Iface, verb: char) -> Result<(), Unwind> {
        let Some(v) = self.unbox(a) else {
            self.cur = Cur::None;
            return match verb {
                'T' | 'v' => {
                    self.fmt.pad(b"<nil>");
                    Ok(())
                }
                _ => self.bad_verb(verb),
            };
        };
        self.cur = Cur::Val(v);
        match verb {
            'T' => {
                self.fmt.fmt_s(v.t.string.as_bytes());
                return Ok(());
            }
            'p' => return self.fmt_pointer(v, 'p'),
            _ => {}
        }
        // The exact type []byte (not a defined type) prints as "[]byte".
        if v.t.kind == RtKind::Slice && v.t.name.is_empty() && self.elem(v.t).kind == RtKind::Uint8
        {
            let b = self.slice_bytes(v);
            return self.fmt_bytes(b.as_deref(), verb, "[]byte", v);
        }
        if (verb == 'w' || !v.t.methods.is_empty()) && self.handle_methods(v, verb)? {
            return Ok(());
        }
        self.print_value(v, verb, 0)
    }

    fn elem(&self, t: &RtType) -> &'static RtType {
        self.env
            .rtype(t.elem.expect("composite type without element"))
    }

    /// Bytes of a byte slice/array value (None for a nil slice).
    fn slice_bytes(&self, v: Val) -> Option<Vec<u8>> {
        // SAFETY: `v` is a readable slice or array of bytes.
        unsafe {
            if v.t.kind == RtKind::Array {
                return Some(std::slice::from_raw_parts(v.p, v.t.len as usize).to_vec());
            }
            let ptr: usize = rd(v.p);
            let len: usize = rd(v.p.add(8));
            if ptr == 0 {
                return None;
            }
            Some(std::slice::from_raw_parts(ptr as *const u8, len).to_vec())
        }
    }

    /// Calls Error/String/GoString as Go's handleMethods does.
    fn handle_methods(&mut self, v: Val, verb: char) -> Result<bool, Unwind> {
        if self.erroring || v.ro {
            return Ok(false);
        }
        let mut verb = verb;
        if verb == 'w' {
            let is_err = v.t.methods.iter().any(|m| m.name == "Error");
            if !is_err || !self.wrap_errs {
                self.bad_verb(verb)?;
                return Ok(true);
            }
            verb = 'v';
        }
        let names: &[&str] = if self.fmt.f.sharp_v {
            &["GoString"]
        } else if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            &["Error", "String"]
        } else {
            &[]
        };
        for name in names {
            if !v.t.methods.iter().any(|m| m.name == *name) {
                continue;
            }
            let recv = self.iface_of(v);
            match self.env.call_string_method(recv, name) {
                Ok(Some(s)) => {
                    if *name == "GoString" {
                        self.fmt.fmt_s(&s);
                    } else {
                        self.fmt_string(&s, verb)?;
                    }
                    return Ok(true);
                }
                Ok(None) => continue,
                Err(Unwind::Panic(pv)) => {
                    self.catch_panic(v, verb, name, Some(pv), None)?;
                    return Ok(true);
                }
                Err(Unwind::RuntimeError(msg)) => {
                    self.catch_panic(v, verb, name, None, Some(msg))?;
                    return Ok(true);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(false)
    }

    fn catch_panic(
        &mut self,
        v: Val,
        verb: char,
        method: &str,
        pv: Option<Iface>,
        rt: Option<String>,
    ) -> Result<(), Unwind> {
        if v.t.kind == RtKind::Pointer && v.word() == 0 {
            self.fmt.pad(b"<nil>");
            return Ok(());
        }
        if self.panicking {
            return Err(match (pv, rt) {
                (Some(p), _) => Unwind::Panic(p),
                (None, Some(m)) => Unwind::RuntimeError(m),
                _ => Unwind::RuntimeError(String::new()),
            });
        }
        let old = self.fmt.f;
        self.fmt.clear_flags();
        self.w(b"%!");
        self.wrune(verb);
        self.w(b"(PANIC=");
        self.w(method.as_bytes());
        self.w(b" method: ");
        self.panicking = true;
        let r = match (pv, rt) {
            (Some(p), _) => self.print_arg(&p, 'v'),
            (None, Some(m)) => {
                if !is_plain_error(&m) {
                    self.w(b"runtime error: ");
                }
                self.w(m.as_bytes());
                Ok(())
            }
            _ => Ok(()),
        };
        self.panicking = false;
        r?;
        self.w(b")");
        self.fmt.f = old;
        Ok(())
    }

    fn fmt_bool(&mut self, b: bool, verb: char) -> Result<(), Unwind> {
        match verb {
            't' | 'v' => {
                self.fmt.fmt_boolean(b);
                Ok(())
            }
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_0x64(&mut self, v: u64, leading: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading;
        self.fmt.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: u64, signed: bool, verb: char) -> Result<(), Unwind> {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v && !signed {
                    self.fmt_0x64(v, true)
                } else {
                    self.fmt.fmt_integer(v, 10, signed, verb, LDIGITS)
                }
            }
            'd' => self.fmt.fmt_integer(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(v),
            'q' => self.fmt.fmt_qc(v),
            'U' => self.fmt.fmt_unicode(v),
            _ => return self.bad_verb(verb),
        }
        Ok(())
    }

    fn fmt_float(&mut self, v: f64, size: u32, verb: char) -> Result<(), Unwind> {
        match verb {
            'v' => self.fmt.fmt_float(v, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(v, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(v, size, verb as u8, 6),
            'F' => self.fmt.fmt_float(v, size, b'f', 6),
            _ => return self.bad_verb(verb),
        }
        Ok(())
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: char) -> Result<(), Unwind> {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old = self.fmt.f.plus;
                self.w(b"(");
                self.fmt_float(re, size / 2, verb)?;
                self.fmt.f.plus = true;
                self.fmt_float(im, size / 2, verb)?;
                self.w(b"i)");
                self.fmt.f.plus = old;
                Ok(())
            }
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char) -> Result<(), Unwind> {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.fmt.fmt_q(s)
                } else {
                    self.fmt.fmt_s(s)
                }
            }
            's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => return self.bad_verb(verb),
        }
        Ok(())
    }

    fn fmt_bytes(
        &mut self,
        b: Option<&[u8]>,
        verb: char,
        type_string: &str,
        v: Val,
    ) -> Result<(), Unwind> {
        let bytes = b.unwrap_or(&[]);
        match verb {
            'v' | 'd' => {
                if self.fmt.f.sharp_v {
                    self.w(type_string.as_bytes());
                    if b.is_none() {
                        self.w(b"(nil)");
                        return Ok(());
                    }
                    self.w(b"{");
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.w(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.w(b"}");
                } else {
                    self.w(b"[");
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.w(b" ");
                        }
                        self.fmt.fmt_integer(c as u64, 10, false, verb, LDIGITS);
                    }
                    self.w(b"]");
                }
            }
            's' => self.fmt.fmt_s(bytes),
            'x' => self.fmt.fmt_sbx(bytes, LDIGITS),
            'X' => self.fmt.fmt_sbx(bytes, UDIGITS),
            'q' => self.fmt.fmt_q(bytes),
            _ => return self.print_value(v, verb, 0),
        }
        Ok(())
    }

    fn fmt_pointer(&mut self, v: Val, verb: char) -> Result<(), Unwind> {
        let u = match v.t.kind {
            RtKind::Chan
            | RtKind::Func
            | RtKind::Map
            | RtKind::Pointer
            | RtKind::Slice
            | RtKind::UnsafePointer => v.word() as u64,
            _ => return self.bad_verb(verb),
        };
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.w(b"(");
                    self.w(v.t.string.as_bytes());
                    self.w(b")(");
                    if u == 0 {
                        self.w(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.w(b")");
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    let sharp = self.fmt.f.sharp;
                    self.fmt_0x64(u, !sharp);
                }
            }
            'p' => {
                let sharp = self.fmt.f.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => return self.fmt_integer(u, false, verb),
            _ => return self.bad_verb(verb),
        }
        Ok(())
    }

    fn print_value(&mut self, v: Val, verb: char, depth: usize) -> Result<(), Unwind> {
        if depth > 0 && !v.ro {
            // Methods of the value (of the dynamic value for interfaces).
            let target = if v.t.kind == RtKind::Interface {
                self.elem_of_iface(v)
            } else {
                Some(v)
            };
            if let Some(tv) = target {
                if !tv.t.methods.is_empty() {
                    self.cur = Cur::Val(tv);
                    if self.handle_methods(tv, verb)? {
                        return Ok(());
                    }
                }
            }
        }
        if depth > MAX_DEPTH {
            self.w(b"...");
            return Ok(());
        }
        self.cur = Cur::Val(v);
        let t = v.t;
        if let Some(signed) = is_int_kind(t.kind) {
            return self.fmt_integer(read_int(t.kind, v.p), signed, verb);
        }
        // SAFETY: `v.p` addresses a readable value of type `t`; composite
        // walks stay inside it or follow its (valid) pointers.
        unsafe {
            match t.kind {
                RtKind::Bool => self.fmt_bool(rd::<u8>(v.p) != 0, verb),
                RtKind::Float32 => self.fmt_float(rd::<f32>(v.p) as f64, 32, verb),
                RtKind::Float64 => self.fmt_float(rd::<f64>(v.p), 64, verb),
                RtKind::Complex64 => self.fmt_complex(
                    rd::<f32>(v.p) as f64,
                    rd::<f32>(v.p.add(4)) as f64,
                    64,
                    verb,
                ),
                RtKind::Complex128 => {
                    self.fmt_complex(rd::<f64>(v.p), rd::<f64>(v.p.add(8)), 128, verb)
                }
                RtKind::String => {
                    let s = str_at(v.p).to_vec();
                    self.fmt_string(&s, verb)
                }
                RtKind::Map => self.print_map(v, verb, depth),
                RtKind::Struct => {
                    if self.fmt.f.sharp_v {
                        self.w(t.string.as_bytes());
                    }
                    self.w(b"{");
                    for (i, f) in t.fields.iter().enumerate() {
                        if i > 0 {
                            if self.fmt.f.sharp_v {
                                self.w(b", ");
                            } else {
                                self.w(b" ");
                            }
                        }
                        if self.fmt.f.plus_v || self.fmt.f.sharp_v {
                            self.w(f.name.as_bytes());
                            self.w(b":");
                        }
                        let mut fv = Val {
                            t: self.env.rtype(f.typ),
                            p: v.p.add(f.offset as usize),
                            ro: v.ro || !f.exported,
                        };
                        if fv.t.kind == RtKind::Interface {
                            if let Some(e) = self.elem_of_iface(fv) {
                                fv = e;
                            }
                        }
                        self.print_value(fv, verb, depth + 1)?;
                    }
                    self.w(b"}");
                    Ok(())
                }
                RtKind::Interface => match self.elem_of_iface(v) {
                    None => {
                        if self.fmt.f.sharp_v {
                            self.w(t.string.as_bytes());
                            self.w(b"(nil)");
                        } else {
                            self.w(b"<nil>");
                        }
                        Ok(())
                    }
                    Some(e) => self.print_value(e, verb, depth + 1),
                },
                RtKind::Array | RtKind::Slice => {
                    let et = self.elem(t);
                    if matches!(verb, 's' | 'q' | 'x' | 'X') && et.kind == RtKind::Uint8 {
                        let b = self.slice_bytes(v);
                        return self.fmt_bytes(b.as_deref(), verb, &t.string, v);
                    }
                    // Go's printValue asks the slice for its length and
                    // element i at every step (a String method may change a
                    // slice reached through a pointer); so does this loop.
                    let header = |v: Val| {
                        if t.kind == RtKind::Array {
                            (v.p, t.len as usize)
                        } else {
                            (rd::<usize>(v.p) as *const u8, rd::<usize>(v.p.add(8)))
                        }
                    };
                    let (base, _) = header(v);
                    let es = et.size as usize;
                    let (open, sep, close): (&[u8], &[u8], &[u8]) = if self.fmt.f.sharp_v {
                        self.w(t.string.as_bytes());
                        if t.kind == RtKind::Slice && base.is_null() {
                            self.w(b"(nil)");
                            return Ok(());
                        }
                        (b"{", b", ", b"}")
                    } else {
                        (b"[", b" ", b"]")
                    };
                    self.w(open);
                    let (mut i, mut pinned) = (0, std::ptr::null());
                    loop {
                        let (base, n) = header(v);
                        if i >= n {
                            break;
                        }
                        if t.kind == RtKind::Slice && base != pinned {
                            // A method of an element may drop the slice:
                            // keep the backing array the loop is reading.
                            self.env.pin(base as usize);
                            pinned = base;
                        }
                        if i > 0 {
                            self.w(sep);
                        }
                        self.print_value(
                            Val {
                                t: et,
                                p: base.add(i * es),
                                ro: v.ro,
                            },
                            verb,
                            depth + 1,
                        )?;
                        i += 1;
                    }
                    self.w(close);
                    Ok(())
                }
                RtKind::Pointer => {
                    let target = v.word();
                    if depth == 0 && target != 0 {
                        let et = self.elem(t);
                        if matches!(
                            et.kind,
                            RtKind::Array | RtKind::Slice | RtKind::Struct | RtKind::Map
                        ) {
                            self.w(b"&");
                            return self.print_value(
                                Val {
                                    t: et,
                                    p: target as *const u8,
                                    ro: v.ro,
                                },
                                verb,
                                depth + 1,
                            );
                        }
                    }
                    self.fmt_pointer(v, verb)
                }
                RtKind::Chan | RtKind::Func | RtKind::UnsafePointer => self.fmt_pointer(v, verb),
                _ => {
                    self.w(b"?");
                    Ok(())
                }
            }
        }
    }

    fn print_map(&mut self, v: Val, verb: char, depth: usize) -> Result<(), Unwind> {
        let t = v.t;
        let m = v.word();
        if self.fmt.f.sharp_v {
            self.w(t.string.as_bytes());
            if m == 0 {
                self.w(b"(nil)");
                return Ok(());
            }
            self.w(b"{");
        } else {
            self.w(b"map[");
        }
        let kt = self.env.rtype(t.key.expect("map type without key"));
        let vt = self.elem(t);
        let mut entries: Vec<(usize, usize)> = Vec::with_capacity(crate::map::len(m));
        if m != 0 {
            let types = EnvTypes(&*self.env);
            let mut it = [0usize; frontend::bytecode::MAP_ITER_WORDS as usize];
            crate::map::iter_init(m, &mut it);
            while let Some(kv) = crate::map::iter_next(&types, &mut it) {
                entries.push(kv);
            }
        }
        // A String method called on a key or value may grow the map, which
        // replaces its entry array: keep the one these addresses point into.
        if let Some(&(k, _)) = entries.first() {
            self.env.pin(k);
        }
        {
            let env = &*self.env;
            entries.sort_by(|a, b| compare(env, kt, a.0 as *const u8, b.0 as *const u8));
        }
        for (i, (k, val)) in entries.into_iter().enumerate() {
            if i > 0 {
                if self.fmt.f.sharp_v {
                    self.w(b", ");
                } else {
                    self.w(b" ");
                }
            }
            self.print_value(
                Val {
                    t: kt,
                    p: k as *const u8,
                    ro: v.ro,
                },
                verb,
                depth + 1,
            )?;
            self.w(b":");
            self.print_value(
                Val {
                    t: vt,
                    p: val as *const u8,
                    ro: v.ro,
                },
                verb,
                depth + 1,
            )?;
        }
        if self.fmt.f.sharp_v {
            self.w(b"}");
        } else {
            self.w(b"]");
        }
        Ok(())
    }
}

/// Run-time errors whose `Error()` has no `runtime error: ` prefix (Go's
/// plainError); the same list as the VM's panic reports.
fn is_plain_error(msg: &str) -> bool {
    msg.starts_with("interface conversion: ")
        || msg == "assignment to entry in nil map"
        || msg.starts_with("panic called with nil argument")
        || msg.starts_with("close of ")
        || msg == "send on closed channel"
        || msg.starts_with("sync: ")
}

fn cmp_f64(a: f64, b: f64) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Equal,
        (true, false) => Less,
        (false, true) => Greater,
        _ => a.partial_cmp(&b).unwrap_or(Equal),
    }
}

/// Go's internal/fmtsort order for map keys of type `t`.
fn compare(env: &dyn FmtEnv, t: &RtType, a: *const u8, b: *const u8) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    if let Some(signed) = is_int_kind(t.kind) {
        let (x, y) = (read_int(t.kind, a), read_int(t.kind, b));
        return if signed {
            (x as i64).cmp(&(y as i64))
        } else {
            x.cmp(&y)
        };
    }
    // SAFETY: `a` and `b` address readable keys of type `t`.
    unsafe {
        match t.kind {
            RtKind::String => str_at(a).cmp(str_at(b)),
            RtKind::Float32 => cmp_f64(rd::<f32>(a) as f64, rd::<f32>(b) as f64),
            RtKind::Float64 => cmp_f64(rd::<f64>(a), rd::<f64>(b)),
            RtKind::Complex64 => cmp_f64(rd::<f32>(a) as f64, rd::<f32>(b) as f64).then(cmp_f64(
                rd::<f32>(a.add(4)) as f64,
                rd::<f32>(b.add(4)) as f64,
            )),
            RtKind::Complex128 => cmp_f64(rd::<f64>(a), rd::<f64>(b))
                .then(cmp_f64(rd::<f64>(a.add(8)), rd::<f64>(b.add(8)))),
            RtKind::Bool => rd::<u8>(a).cmp(&rd::<u8>(b)),
            RtKind::Pointer | RtKind::UnsafePointer | RtKind::Chan => {
                rd::<usize>(a).cmp(&rd::<usize>(b))
            }
            RtKind::Struct => {
                for f in &t.fields {
                    let ft = env.rtype(f.typ);
                    let c = compare(env, ft, a.add(f.offset as usize), b.add(f.offset as usize));
                    if c != Equal {
                        return c;
                    }
                }
                Equal
            }
            RtKind::Array => {
                let Some(e) = t.elem else { return Equal };
                let et = env.rtype(e);
                for i in 0..t.len as usize {
                    let off = i * et.size as usize;
                    let c = compare(env, et, a.add(off), b.add(off));
                    if c != Equal {
                        return c;
                    }
                }
                Equal
            }
            RtKind::Interface => {
                let (ta, tb): (usize, usize) = (rd(a), rd(b));
                match (ta == 0, tb == 0) {
                    (true, true) => return Equal,
                    (true, false) => return Less,
                    (false, true) => return Greater,
                    _ => {}
                }
                if ta != tb {
                    return ta.cmp(&tb);
                }
                let dt = env.rtype_at(ta);
                let (pa, pb) = if dt.pointer_shaped {
                    (a.add(8), b.add(8))
                } else {
                    (
                        rd::<usize>(a.add(8)) as *const u8,
                        rd::<usize>(b.add(8)) as *const u8,
                    )
                };
                compare(env, dt, pa, pb)
            }
            _ => Equal,
        }
    }
}

#[cfg(test)]
mod tests;
