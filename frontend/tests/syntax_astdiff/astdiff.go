// Prints, for each Go file named on stdin, a preorder listing of expression
// nodes with gc-style positions (see Burrow's syntax/parser.rs table).
//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for sc.Scan() {
		path := sc.Text()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		fmt.Fprintf(out, "FILE %s\n", path)
		p := func(pos token.Pos) string {
			q := fset.Position(pos)
			return fmt.Sprintf("%d:%d", q.Line, q.Column)
		}
		var ifaceMethods = map[*ast.FuncType]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			var s string
			switch x := n.(type) {
			case *ast.InterfaceType:
				for _, m := range x.Methods.List {
					if ft, ok := m.Type.(*ast.FuncType); ok && len(m.Names) > 0 {
						ifaceMethods[ft] = true
					}
				}
				s = "interface@" + p(x.Interface)
			case *ast.Ident:
				s = "id " + x.Name + "@" + p(x.NamePos)
			case *ast.BasicLit:
				s = "lit@" + p(x.ValuePos)
			case *ast.CompositeLit:
				s = "complit@" + p(x.Lbrace)
			case *ast.KeyValueExpr:
				s = "kv@" + p(x.Colon)
			case *ast.FuncLit:
				s = "funclit@" + p(x.Type.Func)
			case *ast.ParenExpr:
				return true
			case *ast.SelectorExpr:
				s = "sel@" + p(x.Sel.NamePos-1)
			case *ast.IndexExpr:
				s = "index@" + p(x.Lbrack)
			case *ast.IndexListExpr:
				s = "index@" + p(x.Lbrack)
			case *ast.SliceExpr:
				s = "slice@" + p(x.Lbrack)
			case *ast.TypeAssertExpr:
				s = "assert@" + p(x.Lparen-1)
			case *ast.CallExpr:
				s = "call@" + p(x.Lparen)
			case *ast.StarExpr:
				s = "star@" + p(x.Star)
			case *ast.UnaryExpr:
				s = "unary" + x.Op.String() + "@" + p(x.OpPos)
			case *ast.BinaryExpr:
				s = "binary" + x.Op.String() + "@" + p(x.OpPos)
			case *ast.ArrayType:
				s = "array@" + p(x.Lbrack)
			case *ast.StructType:
				s = "struct@" + p(x.Struct)
			case *ast.FuncType:
				if ifaceMethods[x] {
					s = "functype"
				} else {
					s = "functype@" + p(x.Func)
				}
			case *ast.MapType:
				s = "map@" + p(x.Map)
			case *ast.ChanType:
				s = "chan" + fmt.Sprint(x.Dir)
			case *ast.Ellipsis:
				s = "ellipsis@" + p(x.Ellipsis)
			default:
				return true
			}
			fmt.Fprintln(out, s)
			return true
		})
	}
	_ = strings.TrimSpace
}
