#!/usr/bin/env python3
"""Writes case files NAME.go and their gc diagnostics NAME.golden.

Each case is a small Go program with syntax (or lexical) errors; the golden
file holds the `L:C: message` lines `go build` prints for it (Go 1.27).
Run from this directory: python3 gen.py
"""
import os, subprocess, tempfile, glob

# Not covered: errors in the package clause or import block are found by the
# go command's own parser first and printed in go/parser's wording
# ("main.go:1:1: expected 'package', found 'func'").
CASES = {}
def case(name, src):
    CASES[name] = src

case("missing_comma_call", 'package main\n\nfunc main() {\n\tprintln(1\n\t\t2)\n}\n')
case("nondecl_outside", 'package main\n\nx := 1\n\nfunc main() {}\n')
case("unexpected_rbrace", 'package main\n\nfunc main() {\n\tx := \n}\n')
case("if_missing_brace", 'package main\n\nfunc main() {\n\tx := 1\n\tif x == 1\n\t{\n\t}\n}\n')
case("else_bad", 'package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t} else x = 2\n}\n')
case("if_assign", 'package main\n\nfunc main() {\n\tx := 1\n\tif x = 1 {\n\t}\n}\n')
case("if_assign_binary", 'package main\n\nfunc main() {\n\tx := 1\n\tif x = x + 1 {\n\t}\n}\n')
case("brace_next_line", 'package main\n\nfunc main()\n{\n}\n')
case("stmt_end", 'package main\n\nfunc main() {\n\tx := 1 y := 2\n}\n')
case("for_missing_brace", 'package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n')
case("for_var_decl", 'package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n')
case("for_post_define", 'package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n')
case("switch_missing_brace", 'package main\n\nfunc main() {\n\tswitch x := 1; x\n\tcase 1:\n\t}\n}\n')
case("case_outside", 'package main\n\nfunc main() {\n\tswitch {\n\tfoo()\n\t}\n}\n')
case("invalid_char", 'package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n')
case("unterminated_string", 'package main\n\nfunc main() {\n\tx := "abc\n}\n')
case("unterminated_raw", 'package main\n\nfunc main() {\n\tx := `abc\n}\n')
case("bad_escape", 'package main\n\nfunc main() {\n\tx := "a\\qb"\n\t_ = x\n}\n')
case("rune_multi", "package main\n\nfunc main() {\n\tx := 'ab'\n\t_ = x\n}\n")
case("rune_empty", "package main\n\nfunc main() {\n\tx := ''\n\t_ = x\n}\n")
case("octal_digit", 'package main\n\nvar x = 0o19\n\nfunc main() {}\n')
case("hex_no_digits", 'package main\n\nvar x = 0x\n\nfunc main() {}\n')
case("bad_sep", 'package main\n\nvar x = 1__2\n\nfunc main() {}\n')
case("exp_no_digits", 'package main\n\nvar x = 1e+\n\nfunc main() {}\n')
case("hex_float_no_p", 'package main\n\nvar x = 0x1.5\n\nfunc main() {}\n')
case("binary_digit", 'package main\n\nvar x = 0b102\n\nfunc main() {}\n')
case("legacy_octal", 'package main\n\nvar x = 0128\n\nfunc main() {}\n')
case("missing_paren_expr", 'package main\n\nfunc main() {\n\tx := (1 + 2\n\t_ = x\n}\n')
case("extra_rparen", 'package main\n\nfunc main() {\n\tx := 1 + 2)\n\t_ = x\n}\n')
case("missing_func_body_close", 'package main\n\nfunc main() {\n\tprintln(1)\n')
case("missing_param_type", 'package main\n\nfunc f(a, b) {}\n\nfunc main() {}\n')
case("missing_param_name", 'package main\n\nfunc f(a int, string) {}\n\nfunc main() {}\n')
case("dots_not_last", 'package main\n\nfunc f(a ...int, b int) {}\n\nfunc main() {}\n')
case("method_no_recv", 'package main\n\nfunc () f() {}\n\nfunc main() {}\n')
case("method_multi_recv", 'package main\n\ntype T int\n\nfunc (a, b T) f() {}\n\nfunc main() {}\n')
case("import_after_decl", 'package main\n\nvar x = 1\n\nimport "fmt"\n\nfunc main() {}\n')
case("label_no_stmt", 'package main\n\nfunc main() {\nL:\n}\n')
case("go_paren", 'package main\n\nfunc f() {}\n\nfunc main() {\n\tgo (f())\n}\n')
case("defer_paren", 'package main\n\nfunc f() {}\n\nfunc main() {\n\tdefer (f())\n}\n')
case("slice3_missing", 'package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[1::3]\n}\n')
case("slice3_final", 'package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[1:2:]\n}\n')
case("empty_index", 'package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[]\n}\n')
case("chan_recv_recv", 'package main\n\nfunc main() {\n\tvar c <-chan int\n\t_ = <-<-chan int(c)\n}\n')
case("type_missing", 'package main\n\ntype T\n\nfunc main() {}\n')
case("var_missing_type", 'package main\n\nvar x\n\nfunc main() {}\n')
case("struct_bad_field", 'package main\n\ntype T struct {\n\t1 int\n}\n\nfunc main() {}\n')
case("struct_paren_embed", 'package main\n\ntype T struct {\n\t(int)\n}\n\nfunc main() {}\n')
case("interface_bad", 'package main\n\ntype I interface {\n\t1\n}\n\nfunc main() {}\n')
case("complit_missing_comma", 'package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x\n}\n')
case("call_missing_comma_list", 'package main\n\nfunc main() {\n\tprintln(1 2)\n}\n')
case("assign_missing_rhs", 'package main\n\nfunc main() {\n\tvar x int\n\tx =\n}\n')
case("selector_bad", 'package main\n\nfunc main() {\n\tvar x int\n\t_ = x.1\n}\n')
case("if_no_cond", 'package main\n\nfunc main() {\n\tif {\n\t}\n}\n')
case("if_semi_no_cond", 'package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n')
case("if_newline_cond", 'package main\n\nfunc main() {\n\tif x := 1\n\t{\n\t}\n}\n')
case("for_range_bad", 'package main\n\nfunc main() {\n\tfor i := range {\n\t}\n}\n')
case("generic_empty_tparams", 'package main\n\nfunc f[]() {}\n\nfunc main() {}\n')
case("generic_missing_constraint", 'package main\n\nfunc f[T]() {}\n\nfunc main() {}\n')
case("funclit_tparams", 'package main\n\nfunc main() {\n\t_ = func[T any]() {}\n}\n')
case("iface_method_tparams", 'package main\n\ntype I interface {\n\tm[T any]()\n}\n\nfunc main() {}\n')
case("nul_char", 'package main\n\nfunc main() {\n\tx := 1\x00\n\t_ = x\n}\n')
case("bom_middle", 'package main\n\nfunc main() {\n\tx := 1\ufeff\n\t_ = x\n}\n')
case("invalid_utf8", b'package main\n\nfunc main() {\n\tx := 1\xff\n\t_ = x\n}\n')
case("comment_unterminated", 'package main\n\nfunc main() {\n\t/* abc\n}\n')
case("unexpected_eof_expr", 'package main\n\nfunc main() {\n\tx := 1 +')
case("keyword_as_name", 'package main\n\nfunc main() {\n\tvar func int\n}\n')
case("type_as_expr_stmt", 'package main\n\nfunc main() {\n\tx := 1\n\tx == 2\n}\n')
case("else_newline", 'package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n')
case("three_range_vars", 'package main\n\nfunc main() {\n\tfor a, b, c := range []int{} {\n\t}\n}\n')
case("array_comma", 'package main\n\ntype A [3,]int\n\nfunc main() {}\n')
case("many_errors", 'package main\n\nfunc main() {\n\tx := )\n\ty := )\n\tz := )\n}\n')
case("ident_digit_unicode", 'package main\n\nfunc main() {\n\tx\u00b2 := 1\n}\n')
case("top_level_if", 'package main\n\nif true {\n}\n\nfunc main() {}\n')
case("missing_colon_case", 'package main\n\nfunc main() {\n\tswitch 1 {\n\tcase 1\n\t\tprintln()\n\t}\n}\n')
case("select_bad", 'package main\n\nfunc main() {\n\tselect x {\n\t}\n}\n')
case("map_missing_bracket", 'package main\n\nvar m map[string int\n\nfunc main() {}\n')
case("after_top_decl", 'package main\n\nvar x int y\n\nfunc main() {}\n')
case("func_name_missing", 'package main\n\nfunc (x int) {}\n\nfunc main() {}\n')
case("func_name_missing2", 'package main\n\nfunc {}\n\nfunc main() {}\n')
case("cannot_paren_complit", 'package main\n\ntype T struct{}\n\nfunc main() {\n\t_ = (T){}\n}\n')
case("octal_escape_big", 'package main\n\nvar s = "\\400"\n\nfunc main() {}\n')
case("unicode_escape_bad", 'package main\n\nvar s = "\\uD800"\n\nfunc main() {}\n')
case("hex_escape_bad", 'package main\n\nvar s = "\\xZZ"\n\nfunc main() {}\n')
case("rune_newline", "package main\n\nvar r = 'a\nfunc main() {}\n")
case("radix_point_binary", 'package main\n\nvar x = 0b1.0\n\nfunc main() {}\n')
case("e_exponent_hex", 'package main\n\nvar x = 0x1e+2\n\nfunc main() {}\n')
case("p_exponent_dec", 'package main\n\nvar x = 1p2\n\nfunc main() {}\n')
case("goto_no_label", 'package main\n\nfunc main() {\n\tgoto\n}\n')
case("var_in_if", 'package main\n\nfunc main() {\n\tif var x = 1; x > 0 {\n\t}\n}\n')
case("define_in_const", 'package main\n\nconst c := 1\n\nfunc main() {}\n')
case("chan_send_elem", 'package main\n\nfunc main() {\n\tvar c chan<- int\n\t_ = <-c\n\t_ = <-chan<- int(nil)\n}\n')
case("type_param_array", 'package main\n\ntype T[P] int\n\nfunc main() {}\n')
case("expected_operand_rbrack", 'package main\n\nfunc main() {\n\tx := []int{1}\n\t_ = x[1:2\n}\n')
case("stray_else", 'package main\n\nfunc main() {\n\telse {\n\t}\n}\n')
case("double_semicolon_top", 'package main;;\n\nfunc main() {}\n')

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for f in glob.glob(os.path.join(here, "*.go")) + glob.glob(os.path.join(here, "*.golden")):
        os.remove(f)
    with tempfile.TemporaryDirectory() as d:
        for name, src in sorted(CASES.items()):
            data = src if isinstance(src, bytes) else src.encode()
            with open(os.path.join(d, "main.go"), "wb") as f:
                f.write(data)
            r = subprocess.run(["go", "build", "-o", os.devnull, "main.go"], cwd=d,
                               capture_output=True)
            lines = [l[len("./main.go:"):] for l in r.stderr.decode("utf-8", "replace").splitlines()
                     if l.startswith("./main.go:")]
            with open(os.path.join(here, name + ".go"), "wb") as f:
                f.write(data)
            with open(os.path.join(here, name + ".golden"), "w") as f:
                f.write("".join(l + "\n" for l in lines))

main()
