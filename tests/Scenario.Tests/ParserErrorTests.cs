using static VmoKernel.Tests.Scenario.ScenarioText;

namespace VmoKernel.Tests.Scenario;

/// <summary>Every static error message, each on the line it is about (body line 1 is file line 2).</summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("5 => ZX_OK", "expected a statement, found '5'")]
    [InlineData("zx_vmo_create(1p, 0) => ZX_OK ;", "unexpected character ';'")]
    [InlineData("zx_vmo_write(bti, 0, \"\\q\") => ZX_OK", "unknown escape '\\q' in string (known: \\\\ \\\" \\n \\t \\0 \\xHH)")]
    [InlineData("scenario x", "expected the scenario's name after 'scenario', found 'x'")]
    [InlineData("source x", "expected the source in quotes after 'source', found 'x'")]
    [InlineData("source \"x\" y", "unexpected 'y' after the source")]
    [InlineData("process", "expected a process name after 'process', found the end of the line")]
    [InlineData("process p0 p0", "unexpected 'p0' after the process name")]
    [InlineData("spawn : mem_read(0, 1)", "expected a thread name after 'spawn', found ':'")]
    [InlineData("spawn t mem_read(0, 1)", "expected ':' after 'spawn t', found 'mem_read'")]
    [InlineData("spawn t: mem_read(0, 1) => OK", "unexpected '=>' after the statement")]
    [InlineData("join => OK", "expected a thread name after 'join', found '=>'")]
    [InlineData("join t", "expected '=>' and the expected status, found the end of the line")]
    [InlineData("foo", "expected a call 'NAME(ARGS) => STATUS' or a binding 'NAME = CALL(ARGS) => STATUS', found 'foo' followed by the end of the line")]
    [InlineData("v = zx_vmo_create => ZX_OK", "expected '(' after 'zx_vmo_create', found '=>'")]
    [InlineData("v = 5 => ZX_OK", "expected a call, found '5'")]
    [InlineData("zx_vmo_create(1p 0) => ZX_OK", "expected ',' or ')' in the arguments of 'zx_vmo_create', found '0'")]
    [InlineData("zx_vmo_create(1p, 0)", "expected '=>' and the expected status, found the end of the line")]
    [InlineData("zx_vmo_create(1p, 0) => 0", "expected a status after '=>', found '0'")]
    [InlineData("zx_vmo_create(1p, 0) => ZX_ERR_NOPE", "unknown status 'ZX_ERR_NOPE'")]
    [InlineData("zx_vmo_read(bti, 0, 1) => ZX_OK \"a\" \"b\"", "unexpected '\"b\"' after the statement")]
    [InlineData("zx_vmo_op_range(bti, ZX_VMO_OP_LOCK, 0, 1p) => ZX_OK {}", "'{}' checks no field: list the fields the statement expects, or write '_' to accept any value")]
    [InlineData("zx_vmo_create(1p, ) => ZX_OK", "expected a value, found ')'")]
    [InlineData("zx_vmo_create(1p + , 0) => ZX_OK", "expected a value, found ','")]
    [InlineData("zx_vmo_create(-1, 0) => ZX_OK", "expected a value, found '-'")]
    [InlineData("zx_vmo_create(size(1), 0) => ZX_OK", "'size(' inside an expression: only zeros, fill, bytes and cat may be called there (a call starts its own line)")]
    [InlineData("zx_vmo_create((1, 2, 3), 0) => ZX_OK", "a tuple (a, b) has exactly two elements; write a list [a, b, c] for more")]
    [InlineData("zx_vmo_create((1, 2 3), 0) => ZX_OK", "expected ')' to close the tuple, found '3'")]
    [InlineData("zx_vmo_create((1 2), 0) => ZX_OK", "expected ',' or ')', found '2'")]
    [InlineData("zx_vmo_read(bti, 0, [1 2]) => ZX_OK", "expected ',' or ']', found '2'")]
    [InlineData("zx_vmo_read(bti, 0, zeros(1 2)) => ZX_OK", "expected ',' or ')', found '2'")]
    [InlineData("zx_bti_pin(bti, 0, bti, 0, 1p) => ZX_OK {pmt: _, pmt: _}", "field 'pmt' appears twice in the record")]
    [InlineData("zx_bti_pin(bti, 0, bti, 0, 1p) => ZX_OK {pmt _}", "expected ':' after field 'pmt', found '_'")]
    [InlineData("zx_bti_pin(bti, 0, bti, 0, 1p) => ZX_OK {1: _}", "expected a field name, found '1'")]
    [InlineData("zx_bti_pin(bti, 0, bti, 0, 1p) => ZX_OK {pmt: _ addrs: _}", "expected ',' or '}', found 'addrs'")]
    [InlineData("zx_vmo_read(bti, root_vmar., 1) => ZX_OK", "expected a field name after '.', found ','")]
    [InlineData("zx_vmo_read(bti, root_vmar[0, 1) => ZX_OK", "expected ']', found ','")]
    public void SyntaxErrorsAreOneLineWithTheirLineNumber(string body, string message) =>
        Assert.Equal($"t.scn:2: {message}", ErrorIn(body));

    [Theory]
    [InlineData("zx_nope(1) => ZX_OK", "unknown call 'zx_nope'")]
    [InlineData("clone() => OK", "unknown call 'clone'")]
    [InlineData("process_madvise(3, [], 4) => OK", "process_madvise takes 4 arguments, process_madvise(pidfd, iovec, advice, flags) or 5 arguments, process_madvise(proc, iovec, advice, flags, vm_seq); got 3")]
    [InlineData("process_madvise(3, [], 4, 0) => BLOCKED", "process_madvise answers OK or an errno name, not BLOCKED")]
    [InlineData("mmap(0, 1, 0) => OK", "mmap(addr, len, prot, flags) takes 4 arguments, got 3")]
    [InlineData("zx_vmo_read(bti, 0) => ZX_OK", "zx_vmo_read(vmo, offset, len) takes 3 arguments, got 2")]
    [InlineData("zx_handle_close() => ZX_OK", "zx_handle_close(handle) takes 1 argument, got 0")]
    [InlineData("process_create(1) => OK", "process_create() takes 0 arguments, got 1")]
    [InlineData("reclaim(3) => OK", "reclaim takes a pressure level: NORMAL, WARNING, CRITICAL, ALMOST_OOM, OOM")]
    [InlineData("reclaim(ZX_VMO_OP_LOCK) => OK", "reclaim takes a pressure level: NORMAL, WARNING, CRITICAL, ALMOST_OOM, OOM")]
    [InlineData("zx_vmo_write(bti, 0, 5) => ZX_OK", "zx_vmo_write: data must be bytes, not an integer")]
    [InlineData("zx_vmo_read(bti, \"a\", 1) => ZX_OK", "zx_vmo_read: offset must be an integer, not bytes")]
    [InlineData("zx_vmo_read(bti, {a: 1}, 1) => ZX_OK", "zx_vmo_read: offset must be an integer, not a record")]
    [InlineData("zx_vmo_create(1p, 0) => OK", "zx_vmo_create answers ZX_OK or ZX_ERR_*, not OK")]
    [InlineData("zx_vmo_create(1p, 0) => EINVAL", "zx_vmo_create answers ZX_OK or ZX_ERR_*, not EINVAL")]
    [InlineData("reclaim(NORMAL) => ZX_OK", "reclaim answers OK or an errno name, not ZX_OK")]
    [InlineData("mem_read(0, 1) => ZX_ERR_BAD_STATE", "mem_read answers OK, FAULT, SIGBUS or SIGSEGV, not ZX_ERR_BAD_STATE")]
    [InlineData("zx_vmo_read(bti, 0, 1) => ZX_ERR_OUT_OF_RANGE zeros(1)", "a failed call has no value: nothing may follow ZX_ERR_OUT_OF_RANGE")]
    [InlineData("mem_read(0, 1) => FAULT _", "a failed call has no value: nothing may follow FAULT")]
    [InlineData("zx_vmo_write(bti, 0, \"a\") => ZX_OK _", "zx_vmo_write has no value: nothing may follow ZX_OK")]
    [InlineData("zx_vmo_read(bti, 0, 1) => ZX_OK 0", "the value of zx_vmo_read is bytes, but the expectation is an integer")]
    [InlineData("zx_vmo_create(1p, 0) => ZX_OK {a: 1}", "the value of zx_vmo_create is an integer, but the expectation is a record")]
    [InlineData("zx_bti_pin(bti, 0, bti, 0, 1p) => ZX_OK [1]", "the value of zx_bti_pin is a record, but the expectation is a list")]
    [InlineData("zeros = zx_vmo_create(1p, 0) => ZX_OK", "cannot bind 'zeros': 'zeros' is a byte expression")]
    [InlineData("ZX_RIGHT_READ = zx_vmo_create(1p, 0) => ZX_OK", "cannot bind 'ZX_RIGHT_READ': 'ZX_RIGHT_READ' is a constant")]
    [InlineData("U64_MAX = zx_vmo_create(1p, 0) => ZX_OK", "cannot bind 'U64_MAX': 'U64_MAX' is a constant")]
    [InlineData("v = zx_vmo_create(1p, 7) => ZX_ERR_INVALID_ARGS", "cannot bind 'v': the call is expected to fail with ZX_ERR_INVALID_ARGS, and a failed call has no value")]
    [InlineData("v = zx_vmo_write(bti, 0, \"a\") => ZX_OK", "cannot bind 'v': zx_vmo_write has no value")]
    [InlineData("process p1", "unknown process 'p1' (processes are p0 and names bound by process_create)")]
    [InlineData("process bti", "'bti' is not a process (processes are p0 and names bound by process_create)")]
    [InlineData("join t => OK", "join of 't', which no earlier 'spawn t:' line started")]
    [InlineData("zx_vmo_create(_, 0) => ZX_OK", "'_' matches anything and is allowed only in an expectation (after '=>')")]
    [InlineData("zx_vmo_get_size(bti) => ZX_OK _ + 1", "'_' stands for a whole value, a record field or a list element, not part of an expression")]
    [InlineData("zx_vmo_read(bti, 0, 1) => ZX_OK zeros(_)", "'_' stands for a whole value, a record field or a list element, not part of an expression")]
    [InlineData("zx_vmo_create(1p, ZX_VMO_NOPE) => ZX_OK", "unknown constant 'ZX_VMO_NOPE'")]
    [InlineData("zx_vmo_create(1p, zx_vmo_resizable) => ZX_OK", "unknown name 'zx_vmo_resizable' (no earlier line binds it)")]
    [InlineData("zx_vmo_create(1p, v) => ZX_OK", "unknown name 'v' (no earlier line binds it)")]
    [InlineData("v = zx_vmo_get_size(v) => ZX_OK", "unknown name 'v' (no earlier line binds it)")]
    [InlineData("zx_vmo_create(1p + \"a\", 0) => ZX_OK", "'+' needs an integer, not bytes")]
    [InlineData("zx_vmo_create(ZX_VMO_RESIZABLE | zeros(1), 0) => ZX_OK", "'|' needs an integer, not bytes")]
    [InlineData("zx_vmo_write(bti, 0, zeros(1, 2)) => ZX_OK", "zeros(N) takes 1 argument, got 2")]
    [InlineData("zx_vmo_write(bti, 0, fill(1)) => ZX_OK", "fill(BYTE, N) takes 2 arguments, got 1")]
    [InlineData("zx_vmo_write(bti, 0, zeros(\"a\")) => ZX_OK", "zeros(...) needs an integer, not bytes")]
    [InlineData("zx_vmo_write(bti, 0, cat(\"a\", 1)) => ZX_OK", "cat(...) joins byte expressions, not an integer")]
    [InlineData("zx_vmo_write(bti, 0, bytes(1, 256)) => ZX_OK", "bytes(...): 256 is not a byte (0..255)")]
    [InlineData("zx_vmo_write(bti, 0, fill(0x100, 1)) => ZX_OK", "fill(...): 0x100 is not a byte (0..255)")]
    [InlineData("zx_vmo_create(bti.offset, 0) => ZX_OK", "'.offset' reads a field of a record, not an integer")]
    [InlineData("zx_vmo_create(\"ab\"[0], 0) => ZX_OK", "'[i]' reads an element of a list, not bytes")]
    [InlineData("zx_vmo_create([1][\"a\"], 0) => ZX_OK", "an index needs an integer, not bytes")]
    public void CheckErrorsAreOneLineWithTheirLineNumber(string body, string message) =>
        Assert.Equal($"t.scn:2: {message}", ErrorIn(body));

    [Theory]
    [InlineData(1000, 0)]
    [InlineData(0, 1000)]
    public void DeeplyNestedExpressionsAreRefusedRatherThanOverflowingTheStack(int parentheses, int additions)
    {
        var expression = new string('(', parentheses) + "1" + string.Concat(Enumerable.Repeat(" + 1", additions)) + new string(')', parentheses);
        Assert.Equal("t.scn:2: expression nested more than 100 deep", ErrorIn($"zx_vmo_create({expression}, 0) => ZX_OK"));
    }

    [Fact]
    public void ModeratelyNestedExpressionsAreFine() =>
        Assert.Empty(Errors(InScenario($"zx_vmo_create({new string('(', 40)}1{string.Concat(Enumerable.Repeat(" + 1", 40))}{new string(')', 40)}, 0) => ZX_OK")));

    [Fact]
    public void ASpawnedThreadMustBeJoinedBeforeItIsSpawnedAgain()
    {
        var errors = Errors(InScenario("spawn t: mem_read(0, 1)\nspawn t: mem_read(0, 1)"));
        Assert.Equal(["t.scn:3: thread 't' is already running (join it before spawning it again)"], errors);
    }

    [Fact]
    public void AThreadIsJoinedOnce()
    {
        var errors = Errors(InScenario("spawn t: mem_read(0, 1)\njoin t => OK\njoin t => OK"));
        Assert.Equal(["t.scn:4: thread 't' was already joined"], errors);
    }

    [Fact]
    public void AJoinIsCheckedAgainstTheSpawnedCall()
    {
        var errors = Errors(InScenario("spawn t: mem_read(0, 1)\njoin t => ZX_OK"));
        Assert.Equal(["t.scn:3: mem_read answers OK, FAULT, SIGBUS or SIGSEGV, not ZX_OK"], errors);
    }

    [Fact]
    public void AProcessBoundByProcessCreateMayBecomeCurrent()
    {
        Assert.Empty(Errors(InScenario("p1 = process_create() => OK\nprocess p1\nprocess p0")));
    }

    [Fact]
    public void WildcardsMayStandForAValueAFieldOrAnElement()
    {
        Assert.Empty(Errors(InScenario(
            "pin = zx_bti_pin(bti, 0, bti, 0, 1p) => ZX_OK {pmt: _, addrs: [_, (_, _)]}\nzx_vmo_get_size(bti) => ZX_OK _\nzx_vmo_op_range(bti, ZX_VMO_OP_LOCK, 0, 1p) => ZX_OK {offset: pin.addrs[0] - 1p * 2}")));
    }
}
