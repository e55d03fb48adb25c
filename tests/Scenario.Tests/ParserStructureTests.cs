using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Syntax;
using static VmoKernel.Tests.Scenario.ScenarioText;

namespace VmoKernel.Tests.Scenario;

public sealed class ParserStructureTests
{
    [Fact]
    public void TheSharedExamplesParseWithoutErrors()
    {
        var document = ScenarioParser.ParseFile(RepositoryPaths.Examples, "examples.scn");
        Assert.Empty(document.Diagnostics);
        Assert.Equal(7, document.Scenarios.Length);
        Assert.Equal("RFC-0012", document.Scenarios[1].Source);
        Assert.Equal([16, 17, 18], document.Scenarios[1].Statements.Select(s => s.Line));
    }

    [Fact]
    public void AStatementRecordsItsBindingCallExpectationAndLine()
    {
        var document = Parse("# header\n\nscenario \"a\"  # trailing comment\n  source \"x\"\n  v = zx_vmo_create(1p, ZX_VMO_RESIZABLE) => ZX_OK\nend\n");
        var scenario = Assert.Single(document.Scenarios);
        Assert.Equal(("a", 3, "x"), (scenario.Name, scenario.Line, scenario.Source));
        var statement = Assert.IsType<CallStatement>(Assert.Single(scenario.Statements));
        Assert.Equal(5, statement.Line);
        Assert.Equal("v", statement.Binding);
        Assert.Equal("zx_vmo_create", statement.Call.Name);
        Assert.Equal(new IntegerLiteral(4096, "1p"), statement.Call.Arguments[0]);
        Assert.Equal(new Expectation(Status.ZxOk, null), statement.Expectation);
    }

    [Fact]
    public void ProcessSpawnAndJoinAreStatements()
    {
        var document = Parse(InScenario("p1 = process_create() => OK\nprocess p1\nspawn t: mem_read(0x1000, 1)\njoin t => FAULT"));
        var statements = Assert.Single(document.Scenarios).Statements;
        Assert.Equal(new ProcessStatement(3, "p1"), statements[1]);
        Assert.Equal("t", Assert.IsType<SpawnStatement>(statements[2]).Thread);
        Assert.Equal(new JoinStatement(5, "t", new Expectation(Status.Fault, null)), statements[3]);
    }

    [Fact]
    public void StarBindsTighterThanPlusAndPipeIsLoosest()
    {
        var document = Parse(InScenario("zx_vmo_create(1 + 2 * 3 | 4 - 5, 0) => ZX_OK"));
        var argument = Assert.IsType<CallStatement>(Assert.Single(document.Scenarios).Statements[0]).Call.Arguments[0];
        var expected = new BinaryExpr('|',
            new BinaryExpr('+', new IntegerLiteral(1, "1"), new BinaryExpr('*', new IntegerLiteral(2, "2"), new IntegerLiteral(3, "3"))),
            new BinaryExpr('-', new IntegerLiteral(4, "4"), new IntegerLiteral(5, "5")));
        Assert.Equal(expected.ToString(), argument.ToString());
    }

    [Theory]
    [InlineData("zx_vmo_get_size(root_vmar) => ZX_OK", "t.scn:1: statement outside a scenario (put it between 'scenario \"name\"' and 'end')")]
    [InlineData("source \"x\"", "t.scn:1: 'source' outside a scenario")]
    [InlineData("end", "t.scn:1: 'end' without a matching 'scenario'")]
    [InlineData("# nothing here\n", "t.scn:1: no scenario in this file")]
    [InlineData("", "t.scn:1: no scenario in this file")]
    [InlineData("scenario \"s\"\n  zx_vmo_get_size(bti) => ZX_OK\n", "t.scn:1: scenario \"s\" has no 'end'")]
    [InlineData("scenario \"s\"\n  source \"x\"\nend", "t.scn:1: scenario \"s\" has no statements")]
    [InlineData("scenario \"\"\n  zx_vmo_get_size(bti) => ZX_OK\nend", "t.scn:1: a scenario's name may not be empty")]
    [InlineData("scenario \"s\"\n  source \"x\"\n  source \"y\"\n  zx_vmo_get_size(bti) => ZX_OK\nend", "t.scn:3: scenario \"s\" already has a source")]
    [InlineData("scenario \"s\"\n  zx_vmo_get_size(bti) => ZX_OK\nend\nscenario \"s\"\n  zx_vmo_get_size(bti) => ZX_OK\nend", "t.scn:4: a scenario named \"s\" already exists on line 1")]
    public void BlockStructureErrorsNameTheirLine(string text, string error) => Assert.Equal([error], Errors(text));

    [Fact]
    public void AScenarioInsideAScenarioReportsTheMissingEnd()
    {
        var text = "scenario \"a\"\n  zx_vmo_get_size(bti) => ZX_OK\nscenario \"b\"\n  zx_vmo_get_size(bti) => ZX_OK\nend\n";
        Assert.Equal(["t.scn:3: 'scenario' inside scenario \"a\" (line 1 has no 'end')"], Errors(text));
        Assert.Equal("b", Assert.Single(Parse(text).Scenarios).Name);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorOnItsLine()
    {
        byte[] content = [.. "scenario \"s\"\n  zx_vmo_write(bti, 0, \""u8, 0xff, .. "\") => ZX_OK\nend\n"u8];
        var document = ScenarioParser.Parse("t.scn", content);
        Assert.Equal(["t.scn:2: the line is not valid UTF-8"], document.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void CarriageReturnsAndAByteOrderMarkAreAccepted()
    {
        var document = Parse("\uFEFFscenario \"s\"\r\n  zx_vmo_get_size(bti) => ZX_OK\r\nend\r\n");
        Assert.Empty(document.Diagnostics);
        Assert.Equal(2, Assert.Single(document.Scenarios).Statements[0].Line);
    }

    [Fact]
    public void EveryBadLineIsReportedAndNoScenarioOfAFileWithErrorsIsKept()
    {
        var text = "scenario \"a\"\n  zx_vmo_get_size(bti) => ZX_OK ;\n  zx_vmo_get_size(bti) => ZX_OK\nend\nscenario \"b\"\n  zx_nope() => ZX_OK\n  x = zx_vmo_get_size(bti) => ZX_ERR_BAD_HANDLE\nend\n";
        var document = Parse(text);
        Assert.Equal(
            [
                "t.scn:2: unexpected character ';'",
                "t.scn:6: unknown call 'zx_nope'",
                "t.scn:7: cannot bind 'x': the call is expected to fail with ZX_ERR_BAD_HANDLE, and a failed call has no value",
            ],
            document.Diagnostics.Select(d => d.ToString()));
        Assert.False(document.IsValid);
    }

    [Fact]
    public void ABadBindingLineDoesNotMakeLaterUsesErrorsToo()
    {
        var errors = Errors(InScenario("v = zx_vmo_create(1p) => ZX_OK\nzx_vmo_get_size(v) => ZX_OK"));
        Assert.Equal(["t.scn:2: zx_vmo_create(size, options) takes 2 arguments, got 1"], errors);
    }
}
