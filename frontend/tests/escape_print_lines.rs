//! `frontend::report_lines`: how `burrow build -m` turns the escape
//! analysis's reports into gc's lines (hand-made reports; the analysis
//! itself is tested elsewhere).

use frontend::escape::Report;
use frontend::report_lines;
use frontend::syntax::source::{Pos, SourceMap};

fn sources() -> (SourceMap, u32) {
    let mut sm = SourceMap::new();
    let src = "package main\n\nfunc main() {\n\tx := 1\n\t_ = &x\n}\n";
    sm.add("./main.go", "main", src.to_string());
    let base = sm.files[0].base;
    (sm, base)
}

fn at(base: u32, src_off: usize) -> Pos {
    Pos(base + src_off as u32)
}

#[test]
fn lines_keep_emission_order_and_filter_by_level() {
    let (sm, base) = sources();
    // Offsets: line 4 starts at 28 ("\tx := 1"), line 5 at 36.
    let x = at(base, 29);
    let amp = at(base, 41);
    let reports = vec![
        Report {
            pos: amp,
            text: "&x escapes to heap in main:".into(),
            level: 2,
        },
        Report {
            pos: amp,
            text: "  flow: {heap} ← &x:".into(),
            level: 2,
        },
        Report {
            pos: x,
            text: "moved to heap: x".into(),
            level: 1,
        },
        Report {
            pos: amp,
            text: "&x does not escape".into(),
            level: 1,
        },
    ];
    assert_eq!(
        report_lines(&sm, &reports, 1),
        vec![
            "./main.go:4:2: moved to heap: x",
            "./main.go:5:6: &x does not escape"
        ]
    );
    assert_eq!(
        report_lines(&sm, &reports, 2),
        vec![
            "./main.go:5:6: &x escapes to heap in main:",
            "./main.go:5:6:   flow: {heap} ← &x:",
            "./main.go:4:2: moved to heap: x",
            "./main.go:5:6: &x does not escape"
        ]
    );
    assert!(report_lines(&sm, &reports, 0).is_empty());
}

#[test]
fn duplicates_are_kept_as_gc_prints_them() {
    // gc flushes every line as it is reported, so equal lines are not merged.
    let (sm, base) = sources();
    let r = Report {
        pos: at(base, 41),
        text: "[]int{...} escapes to heap".into(),
        level: 1,
    };
    assert_eq!(report_lines(&sm, &[r.clone(), r], 1).len(), 2);
}

#[test]
fn a_report_without_position_is_its_text() {
    let (sm, _) = sources();
    let r = Report {
        pos: Pos::NONE,
        text: "something".into(),
        level: 1,
    };
    assert_eq!(report_lines(&sm, &[r], 1), vec!["something"]);
}
