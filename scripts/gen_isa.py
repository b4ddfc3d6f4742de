#!/usr/bin/env python3
"""Writes frontend/src/bytecode/isa.rs: the instruction table (one line per
instruction: name, operands, meaning). The width-specialised integer
instructions are spelled out here so the table stays readable; edit this
script, not the generated file, then run it."""
import os

R = "Reg"
ins = []
def I(name, fields, doc):
    ins.append((name, fields, doc))

I("Nop", [], "do nothing")
# constants and moves
I("ConstI64", [("dst", R), ("v", "i64")], "dst(8 bytes) = v")
I("ConstF64", [("dst", R), ("v", "F64Bits")], "dst(8 bytes) = the float64 with these bits")
I("ConstI32", [("dst", R), ("v", "i32")], "dst(4 bytes) = v (also float32 bits)")
I("ConstI16", [("dst", R), ("v", "i32")], "dst(2 bytes) = v")
I("ConstI8", [("dst", R), ("v", "i32")], "dst(1 byte) = v (also bool)")
I("ConstStr", [("dst", R), ("off", "u32"), ("len", "u32")], "dst = string{rodata+off, len}")
I("Zero", [("dst", R), ("size", "u32")], "zero size bytes of the frame at dst")
for n in (1, 2, 4, 8, 16, 24):
    I(f"Mov{n}", [("dst", R), ("src", R)], f"copy {n} bytes frame->frame")
I("MovN", [("dst", R), ("src", R), ("size", "u32")], "copy size bytes frame->frame")
I("Addr", [("dst", R), ("off", R)], "dst = fp + off (address of a frame-local object)")
I("GlobalAddr", [("dst", R), ("off", "u32")], "dst = address of the global area + off")
I("RodataAddr", [("dst", R), ("off", "u32")], "dst = address of read-only data + off (static closures)")
I("LoadCtx", [("dst", R)], "dst = closure pointer this call was made through")
# integer arithmetic, specialised by width W in bytes
for w, s in ((1, "8"), (2, "16"), (4, "32"), (8, "64")):
    for op, d in (("Add", "a + b"), ("Sub", "a - b"), ("Mul", "a * b"), ("And", "a & b"), ("Or", "a | b"),
                  ("Xor", "a ^ b"), ("AndNot", "a &^ b")):
        I(f"{op}I{s}", [("dst", R), ("a", R), ("b", R)], f"int{s}: dst = {d} (wrapping)")
    I(f"DivS{s}", [("dst", R), ("a", R), ("b", R)], f"int{s}: dst = a / b; panics on b == 0; MinInt/-1 = MinInt")
    I(f"DivU{s}", [("dst", R), ("a", R), ("b", R)], f"uint{s}: dst = a / b; panics on b == 0")
    I(f"RemS{s}", [("dst", R), ("a", R), ("b", R)], f"int{s}: dst = a % b; panics on b == 0; MinInt%-1 = 0")
    I(f"RemU{s}", [("dst", R), ("a", R), ("b", R)], f"uint{s}: dst = a % b; panics on b == 0")
    I(f"Shl{s}", [("dst", R), ("a", R), ("b", R)], f"{s}-bit: dst = a << b; b is a uint64 register; b >= {w*8} gives 0")
    I(f"ShrS{s}", [("dst", R), ("a", R), ("b", R)], f"int{s}: arithmetic a >> b; b is uint64; large b gives 0 or -1")
    I(f"ShrU{s}", [("dst", R), ("a", R), ("b", R)], f"uint{s}: logical a >> b; b is uint64; large b gives 0")
    I(f"NegI{s}", [("dst", R), ("a", R)], f"{s}-bit: dst = -a (wrapping)")
    I(f"ComI{s}", [("dst", R), ("a", R)], f"{s}-bit: dst = ^a")
    I(f"EqI{s}", [("dst", R), ("a", R), ("b", R)], f"{s}-bit: dst(bool) = a == b")
    I(f"NeI{s}", [("dst", R), ("a", R), ("b", R)], f"{s}-bit: dst(bool) = a != b")
    I(f"LtS{s}", [("dst", R), ("a", R), ("b", R)], f"int{s}: dst(bool) = a < b")
    I(f"LeS{s}", [("dst", R), ("a", R), ("b", R)], f"int{s}: dst(bool) = a <= b")
    I(f"LtU{s}", [("dst", R), ("a", R), ("b", R)], f"uint{s}: dst(bool) = a < b")
    I(f"LeU{s}", [("dst", R), ("a", R), ("b", R)], f"uint{s}: dst(bool) = a <= b")
I("AddImm64", [("dst", R), ("a", R), ("imm", "i32")], "int64: dst = a + imm (wrapping)")
I("ShiftCheck", [("count", R)], "panic 'negative shift amount' if the int64 count is < 0")
# floats
for s in ("32", "64"):
    for op, d in (("Add", "a + b"), ("Sub", "a - b"), ("Mul", "a * b"), ("Div", "a / b")):
        I(f"{op}F{s}", [("dst", R), ("a", R), ("b", R)], f"float{s}: dst = {d} (IEEE)")
    I(f"NegF{s}", [("dst", R), ("a", R)], f"float{s}: dst = -a")
    for op, d in (("Eq", "=="), ("Ne", "!="), ("Lt", "<"), ("Le", "<=")):
        I(f"{op}F{s}", [("dst", R), ("a", R), ("b", R)], f"float{s}: dst(bool) = a {d} b")
    I(f"MinF{s}", [("dst", R), ("a", R), ("b", R)], f"float{s}: Go's min (NaN wins, min(-0,+0) = -0)")
    I(f"MaxF{s}", [("dst", R), ("a", R), ("b", R)], f"float{s}: Go's max (NaN wins, max(-0,+0) = +0)")
for s, fs in (("64", "32"), ("128", "64")):
    for op in ("Add", "Sub", "Mul", "Div"):
        I(f"{op}C{s}", [("dst", R), ("a", R), ("b", R)], f"complex{s}: dst = a {op.lower()} b (Go's complex division)")
    I(f"NegC{s}", [("dst", R), ("a", R)], f"complex{s}: dst = -a")
    I(f"EqC{s}", [("dst", R), ("a", R), ("b", R)], f"complex{s}: dst(bool) = a == b")
I("Not", [("dst", R), ("a", R)], "bool: dst = !a")
I("Conv", [("dst", R), ("src", R), ("from", "NumKind"), ("to", "NumKind")],
  "numeric conversion with Go's rules (truncate/extend ints, amd64 float->int, rounding to float32)")
# memory through pointers
for n in (1, 2, 4, 8, 16, 24):
    I(f"Load{n}", [("dst", R), ("ptr", R), ("off", "i32")], f"dst = {n} bytes at *(ptr)+off; nil ptr panics")
I("LoadN", [("dst", R), ("ptr", R), ("off", "i32"), ("size", "u32")], "dst = size bytes at *(ptr)+off; nil ptr panics")
for n in (1, 2, 4, 8):
    I(f"Store{n}", [("ptr", R), ("off", "i32"), ("src", R)], f"{n} non-pointer bytes at *(ptr)+off = src; nil ptr panics")
I("StoreP", [("ptr", R), ("off", "i32"), ("src", R)], "pointer word at *(ptr)+off = src, through the write barrier")
I("StoreT", [("ptr", R), ("off", "i32"), ("src", R), ("typ", "RtTypeId")],
  "value of type typ at *(ptr)+off = src (pointer words through the write barrier)")
I("PtrAdd", [("dst", R), ("ptr", R), ("off", "i32")], "dst = ptr + off; nil ptr panics (field address)")
I("IndexAddr", [("dst", R), ("base", R), ("idx", R), ("len", R), ("elem", "u32")],
  "bounds-check 0 <= idx(int64) < len(int64) else panic index out of range; dst = base(ptr) + idx*elem")
I("IndexAddrK", [("dst", R), ("base", R), ("idx", R), ("len", "u32"), ("elem", "u32")],
  "as IndexAddr with a constant length (arrays)")
I("CheckNil", [("ptr", R)], "panic nil pointer dereference if ptr is nil")
I("MemEq", [("dst", R), ("a", R), ("b", R), ("typ", "RtTypeId")],
  "dst(bool) = frame values a == b of type typ (Go's == : floats by value, strings by content, interfaces by dynamic type+value; uncomparable dynamic types panic)")
# allocation
I("New", [("dst", R), ("typ", "RtTypeId")], "dst = new zeroed heap object of type typ")
I("MakeSlice", [("dst", R), ("elem", "RtTypeId"), ("len", R), ("cap", R)],
  "dst(slice) = heap array of cap elements; int64 len/cap; panics makeslice: len/cap out of range")
I("MakeMap", [("dst", R), ("typ", "RtTypeId"), ("hint", R)], "dst = new map of map type typ, int64 size hint")
I("MakeClosure", [("dst", R), ("func", "FuncId"), ("typ", "RtTypeId"), ("caps", R)],
  "dst = new closure object of struct type typ: word 0 = func, rest copied from frame at caps (typ.size-8 bytes)")
I("MakeIface", [("dst", R), ("src", R), ("typ", "RtTypeId")],
  "dst(iface) = {typ, value at src}: the value itself if pointer-shaped, else a heap box holding a copy")
# strings
I("StrConcat", [("dst", R), ("first", R), ("n", "u32")], "dst = concatenation of n strings stored consecutively at first")
for op in ("Eq", "Ne", "Lt", "Le"):
    I(f"Str{op}", [("dst", R), ("a", R), ("b", R)], f"dst(bool) = string a {op.lower()} b (bytewise)")
I("StrIndex", [("dst", R), ("s", R), ("idx", R)], "dst(byte) = s[idx(int64)] with bounds check")
I("StrReslice", [("dst", R), ("src", R), ("args", R)],
  "dst = src[lo:hi] with lo, hi int64 at args, args+8 (defaults filled by codegen); bounds panics as Go's")
I("StrFromBytes", [("dst", R), ("src", R)], "dst = string(src []byte) (copy)")
I("BytesFromStr", [("dst", R), ("src", R)], "dst = []byte(src string) (copy)")
I("StrFromRunes", [("dst", R), ("src", R)], "dst = string(src []rune)")
I("RunesFromStr", [("dst", R), ("src", R)], "dst = []rune(src string)")
I("StrFromRune", [("dst", R), ("src", R)], "dst = string(rune(src int64)); invalid runes give U+FFFD")
I("StrNextRune", [("rune", R), ("next", R), ("s", R), ("idx", R)],
  "decode the rune of s at byte idx(int64): rune(int32) and next(int64) index (RuneError width 1 on bad UTF-8)")
# slices
I("Reslice", [("dst", R), ("src", R), ("args", R), ("elem", "u32"), ("flags", "u32")],
  "dst = src[lo:hi:max]; src is a {ptr,len,cap} header in the frame, lo/hi/max int64 at args..args+16 (defaults filled by codegen); flags: 1 = 3-index form, 2 = source is an array (messages say length); bounds panics as Go's")
I("Append", [("dst", R), ("src", R), ("vals", R), ("n", "u32"), ("elem", "RtTypeId")],
  "dst = append(src, n values of elem stored consecutively at vals); growth as Go's growslice (size-class rounding)")
I("AppendSlice", [("dst", R), ("a", R), ("b", R), ("elem", "RtTypeId")],
  "dst = append(a, b...); b is a slice (or a string when elem is byte)")
I("Copy", [("dst", R), ("a", R), ("b", R), ("elem", "RtTypeId")],
  "dst(int) = copy(a, b); b a slice or (bytes) a string; memmove semantics")
I("ClearSlice", [("s", R), ("elem", "RtTypeId")], "zero every element of slice s (clear builtin)")
# maps
I("MapGet", [("dst", R), ("m", R), ("key", R), ("typ", "RtTypeId")], "dst = m[key] or zero value (typ: the map type)")
I("MapGet2", [("dst", R), ("ok", R), ("m", R), ("key", R), ("typ", "RtTypeId")], "dst, ok = m[key]")
I("MapSet", [("m", R), ("key", R), ("val", R), ("typ", "RtTypeId")], "m[key] = val; nil map panics")
I("MapDelete", [("m", R), ("key", R), ("typ", "RtTypeId")], "delete(m, key)")
I("MapLen", [("dst", R), ("m", R)], "dst(int) = len(m)")
I("MapClear", [("m", R), ("typ", "RtTypeId")], "clear(m)")
I("MapIterInit", [("it", R), ("m", R), ("typ", "RtTypeId")],
  "start iterating m; it is MAP_ITER_WORDS words of the frame, word 0 a pointer, the rest not")
I("MapIterNext", [("it", R), ("key", R), ("val", R), ("done", "Target")],
  "next entry: copy key/val to the frame (NONE_REG = skip), or jump to done when exhausted")
# interfaces
I("IfaceEq", [("dst", R), ("a", R), ("b", R)], "dst(bool) = interfaces a == b (panics on uncomparable dynamic types)")
I("TypeIs", [("dst", R), ("src", R), ("typ", "RtTypeId")], "dst(bool) = interface src's dynamic type is typ")
I("Implements", [("dst", R), ("src", R), ("iface", "RtTypeId")], "dst(bool) = src non-nil and its dynamic type implements iface")
I("TypeAssert", [("dst", R), ("src", R), ("typ", "RtTypeId"), ("stat", "RtTypeId")],
  "dst = src.(typ) for concrete typ, else panic interface conversion: <stat> is <dyn>, not <typ>")
I("TypeAssertOk", [("dst", R), ("ok", R), ("src", R), ("typ", "RtTypeId")], "dst, ok = src.(typ), concrete typ; dst zeroed on failure")
I("AssertIface", [("dst", R), ("src", R), ("iface", "RtTypeId"), ("stat", "RtTypeId")],
  "dst = src.(iface) for interface type iface, else panic interface conversion (missing method / nil)")
I("AssertIfaceOk", [("dst", R), ("ok", R), ("src", R), ("iface", "RtTypeId")], "dst, ok = src.(iface)")
# calls and control
I("Jmp", [("target", "Target")], "pc = target (forward)")
I("JmpBack", [("target", "Target")], "pc = target; a safepoint (loop back-edge)")
I("JmpIf", [("cond", R), ("target", "Target")], "if cond(bool) pc = target")
I("JmpIfNot", [("cond", R), ("target", "Target")], "if !cond(bool) pc = target")
I("Call", [("func", "FuncId"), ("base", R)], "call func with its frame at fp+base (args there, results after them); a safepoint")
I("CallClosure", [("fv", R), ("base", R)], "call the func value fv (nil panics); the callee gets fv via LoadCtx")
I("CallIface", [("iface", R), ("method", "u32"), ("base", R)],
  "call method (index into Module::method_names) of interface iface; the VM stores its data word at fp+base as the receiver")
I("Ret", [], "return to the caller")
I("Defer", [("fv", R)], "push a deferred call of the closure fv for this frame")
I("RunDefers", [], "run this frame's deferred calls, last first")
I("Panic", [("val", R)], "panic with the interface value val (nil panics as *runtime.PanicNilError)")
I("Recover", [("dst", R)], "dst(iface) = recover()")
I("Go", [("fv", R)], "start a goroutine calling the closure fv (a zero-argument func value)")
I("PrintVal", [("src", R), ("typ", "RtTypeId")], "print/println builtin: write the value to stderr as the runtime prints it")
I("PrintSp", [], "print/println builtin: write a space to stderr")
I("PrintNl", [], "print/println builtin: write a newline to stderr")
I("Unreachable", [], "internal error: control reached the end of a function that must return")
# added by codegen: fused compare-and-branch (forward jumps only; not safepoints)
I("JmpLtS64", [("a", R), ("b", R), ("target", "Target")], "if int64 a < b then pc = target (forward)")
I("JmpLeS64", [("a", R), ("b", R), ("target", "Target")], "if int64 a <= b then pc = target (forward)")
I("JmpEqI64", [("a", R), ("b", R), ("target", "Target")], "if 8-byte a == b then pc = target (forward)")
I("JmpNeI64", [("a", R), ("b", R), ("target", "Target")], "if 8-byte a != b then pc = target (forward)")
I("JmpLtImm64", [("a", R), ("imm", "i32"), ("target", "Target")], "if int64 a < imm then pc = target (forward)")
I("JmpGeImm64", [("a", R), ("imm", "i32"), ("target", "Target")], "if int64 a >= imm then pc = target (forward)")
I("SliceLoad", [("dst", R), ("s", R), ("idx", R), ("size", "u32")],
  "bounds-check 0 <= idx(int64) < len(s) (s a slice header in the frame) else panic index out of range; dst = the size bytes of element idx (element size = size)")
I("SqrtF64", [("dst", R), ("a", R)], "float64: dst = sqrt(a) (IEEE; math.Sqrt inlined)")
I("SliceToArrayPtr", [("dst", R), ("src", R), ("len", "u32")],
  "dst = pointer to the backing array of slice src (nil if src's pointer is nil); panics 'cannot convert slice with length L to array or pointer to array with length len' if len(src) < len")

# goroutines and channels (issue 4). A channel value is a pointer to a heap channel object
# (vm/src/chan.rs); its element type is recorded in it, so send/receive carry no type operand.
I("MakeChan", [("dst", R), ("elem", "RtTypeId"), ("size", R)],
  "dst = make(chan elem, size(int64)); panics 'makechan: size out of range' if size < 0 or too large")
I("ChanSend", [("ch", R), ("src", R)], "ch <- value at src (the element's size); blocks; nil ch blocks forever; closed ch panics")
I("ChanRecv", [("dst", R), ("ch", R), ("ok", R)],
  "dst = <-ch (dst NONE_REG: discard); ok(bool, NONE_REG: not wanted) = false if the zero value came from a closed channel; blocks")
I("ChanClose", [("ch", R)], "close(ch); panics on nil or closed channel")
I("ChanLen", [("dst", R), ("ch", R)], "dst(int) = len(ch) (0 for nil)")
I("ChanCap", [("dst", R), ("ch", R)], "dst(int) = cap(ch) (0 for nil)")
I("Select", [("dst", R), ("cases", R), ("n", "u32"), ("ok", R), ("block", "u32")],
  "select over n case records at frame offset cases (SELECT_CASE_SIZE bytes each: chan ptr, kind (0 send, 1 recv), frame offset of the send value / receive destination (u32::MAX: discard)); dst(int) = chosen case index, or -1 for default (block = 0: has a default); ok(bool) = the receive's ok")

# added by codegen for frame-local allocation (escape analysis, issue 3)
I("MakeIfaceFrame", [("dst", R), ("obj", R), ("typ", "RtTypeId")],
  "dst(iface) = {typ, fp+obj}: the value of the non-pointer-shaped type typ already copied to the frame-local box at obj")
I("MakeMapFrame", [("dst", R), ("typ", "RtTypeId"), ("hint", R), ("buf", R)],
  "dst = new map of map type typ whose header is the frame region at buf (map_frame_layout); its first entry array and index are there too when hint <= MAP_FRAME_ENTRIES, else on the heap")
I("MakeSliceBuf", [("dst", R), ("elem", "RtTypeId"), ("len", R), ("cap", R), ("buf", R)],
  "as MakeSlice, but when cap*elemsize fits in the frame buffer at buf (32/elemsize elements) the backing array is that buffer (zeroed), else the heap")
I("MakeSliceFrame", [("dst", R), ("elem", "RtTypeId"), ("len", R), ("cap", R), ("buf", R)],
  "as MakeSlice, with the backing array the frame array at buf, sized by the compiler for the constant cap (zeroed)")
I("StrConcatBuf", [("dst", R), ("first", R), ("n", "u32"), ("buf", R)],
  "as StrConcat, but a result of at most 32 bytes is built in the 32-byte frame buffer at buf")
I("StrFromBytesBuf", [("dst", R), ("src", R), ("buf", R)],
  "as StrFromBytes, but a result of at most 32 bytes is built in the 32-byte frame buffer at buf")
I("BytesFromStrBuf", [("dst", R), ("src", R), ("buf", R)],
  "as BytesFromStr, but a string of at most 32 bytes is copied to the 32-byte frame buffer at buf (zeroed; cap 32, as gc)")
I("StrFromRunesBuf", [("dst", R), ("src", R), ("buf", R)],
  "as StrFromRunes, but a result of at most 29 bytes is built in the 32-byte frame buffer at buf")
I("RunesFromStrBuf", [("dst", R), ("src", R), ("buf", R)],
  "as RunesFromStr, but at most 32 runes go to the 128-byte frame buffer at buf (zeroed; cap 32, as gc)")
I("AppendBuf", [("dst", R), ("vals", R), ("n", "u32"), ("elem", "RtTypeId"), ("buf", R)],
  "dst = append(dst, n values at vals); when dst has capacity 0 and the values fit in the frame buffer at buf (32/elemsize elements), the result is that buffer (zeroed; cap 32/elemsize, as gc's growsliceBuf)")
I("AppendSliceBuf", [("dst", R), ("a", R), ("b", R), ("elem", "RtTypeId"), ("buf", R)],
  "as AppendSlice, with AppendBuf's frame buffer rule")
I("StrFromRuneBuf", [("dst", R), ("src", R), ("buf", R)],
  "as StrFromRune, built in the 4-byte frame buffer at buf (a non-escaping string(r), gc's intstring buffer)")

# added by the speed work: immediate operand forms, fused float multiply-add
# (two roundings, as gc's amd64 code computes it), rotated loop back-edges
F = "F64Bits"
I("AddImmF64", [("dst", R), ("a", R), ("imm", F)], "float64: dst = a + imm (a - c is emitted as a + -c, which IEEE defines it to be)")
I("MulImmF64", [("dst", R), ("a", R), ("imm", F)], "float64: dst = a * imm")
I("DivImmF64", [("dst", R), ("a", R), ("imm", F)], "float64: dst = a / imm")
I("RSubImmF64", [("dst", R), ("a", R), ("imm", F)], "float64: dst = imm - a")
I("RDivImmF64", [("dst", R), ("a", R), ("imm", F)], "float64: dst = imm / a")
I("MulAddF64", [("dst", R), ("a", R), ("b", R), ("c", R)], "float64: dst = a + b*c, the product rounded first (no FMA)")
I("MulSubF64", [("dst", R), ("a", R), ("b", R), ("c", R)], "float64: dst = a - b*c, the product rounded first (no FMA)")
I("MulImm64", [("dst", R), ("a", R), ("imm", "i32")], "int64: dst = a * imm (wrapping)")
I("DivSImm64", [("dst", R), ("a", R), ("imm", "i32")], "int64: dst = a / imm; imm is never 0 (codegen), MinInt/-1 = MinInt")
I("JmpBackLtS64", [("a", R), ("b", R), ("target", "Target")], "if int64 a < b then pc = target; a safepoint when taken (rotated loop back-edge)")
I("JmpBackLeS64", [("a", R), ("b", R), ("target", "Target")], "if int64 a <= b then pc = target; a safepoint when taken")
I("JmpBackLtImm64", [("a", R), ("imm", "i32"), ("target", "Target")], "if int64 a < imm then pc = target; a safepoint when taken")
I("JmpBackGeImm64", [("a", R), ("imm", "i32"), ("target", "Target")], "if int64 a >= imm then pc = target; a safepoint when taken")
I("IncJmpBackLt", [("i", R), ("imm", "i32"), ("n", R), ("target", "Target")],
  "int64 i += imm (wrapping); if i < n then pc = target; a safepoint when taken (counted loop back-edge)")
I("MulAddSliceF64", [("dst", R), ("a", R), ("b", R), ("s", R), ("idx", R)],
  "float64: bounds-check idx(int64) against the []float64 header s (panic index out of range as SliceLoad), then dst = a + b*s[idx], the product rounded first")
I("ConvI64F64", [("dst", R), ("src", R)], "dst(float64) = float64(src int64) (round to nearest; the pass in codegen/opt.rs specialises Conv to it)")
for op, d in (("Add", "+"), ("Sub", "-"), ("Mul", "*")):
    I(f"{op}F64M", [("dst", R), ("a", R), ("ptr", R), ("off", "i32")],
      f"float64: dst = a {d} the float64 at *(ptr)+off; nil ptr panics (a field operand loaded by the operation)")
I("MulAddF64Mem", [("ptr", R), ("off", "i32"), ("b", R), ("c", R)],
  "float64 at *(ptr)+off += b*c, the product rounded first; nil ptr panics (x.f += b*c through a pointer)")
I("MulSubF64Mem", [("ptr", R), ("off", "i32"), ("b", R), ("c", R)],
  "float64 at *(ptr)+off -= b*c, the product rounded first; nil ptr panics")
I("AddAddImm64", [("dst", R), ("a", R), ("b", R), ("imm", "i32")], "int64: dst = a + b + imm (wrapping)")

out = []
out.append("// @generated by scripts/gen_isa.py -- edit the script, then run it.\n")
out.append("define_instructions! {\n")
for name, fields, doc in ins:
    fs = ", ".join(f"{n}: {t}" for n, t in fields)
    d = doc.replace('"', '\\"')
    out.append(f'    {name} {{ {fs} }} = "{d}";\n')
out.append("}\n")
here = os.path.dirname(os.path.abspath(__file__))
p = os.path.join(here, "..", "frontend", "src", "bytecode", "isa.rs")
open(p, "w").write("".join(out))
print(len(ins), "instructions")
