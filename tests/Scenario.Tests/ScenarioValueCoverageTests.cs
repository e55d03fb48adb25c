using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Tests.Scenario;

/// <summary>
/// A successful call whose value is the point must state that value: a scenario line that ends in a bare
/// <c>=> ZX_OK</c> passes whatever the call returned. Two calls are held to it across &lt;repo&gt;/scenarios:
/// every successful ZX_VMO_OP_LOCK names all four fields of zx_vmo_lock_state_t (none as <c>_</c>), and every
/// successful zx_vmar_map whose address is not bound for later lines states that address. TRY_LOCK is not
/// listed: it has no out-parameter (spec/abi-extensions.md, call table), so its status is its whole answer.
/// </summary>
public sealed class ScenarioValueCoverageTests
{
    private static readonly string[] LockStateFields = ["offset", "size", "discarded_offset", "discarded_size"];

    [Fact]
    public void EverySuccessfulLockInTheScenariosChecksTheWholeLockState()
    {
        var (lines, checkedCount) = Unchecked(AllScenarioDocuments(), IsLock, StatesTheWholeLockState);
        Assert.True(lines.Count == 0, "LOCK statements that do not check zx_vmo_lock_state_t:\n" + string.Join('\n', lines));
        // The folder holds about a hundred successful LOCKs; a count near zero means the finder went blind.
        Assert.True(checkedCount >= 80, $"only {checkedCount} successful LOCK statements found in scenarios/");
    }

    [Fact]
    public void EveryUnboundSuccessfulVmarMapInTheScenariosChecksItsAddress()
    {
        var (lines, checkedCount) = Unchecked(AllScenarioDocuments(), IsUnboundMap, StatesAValue);
        Assert.True(lines.Count == 0, "zx_vmar_map statements that check no address:\n" + string.Join('\n', lines));
        Assert.True(checkedCount >= 10, $"only {checkedCount} unbound successful zx_vmar_map statements found in scenarios/");
    }

    [Theory]
    [InlineData("=> ZX_OK")]
    [InlineData("=> ZX_OK _")]
    [InlineData("=> ZX_OK {offset: 0, size: 1p}")]
    [InlineData("=> ZX_OK {offset: 0, size: 1p, discarded_offset: 0, discarded_size: _}")]
    public void ALockThatLeavesAFieldUncheckedIsReported(string expectation)
    {
        var document = ScenarioText.Parse(ScenarioText.InScenario(
            "  v = zx_vmo_create(1p, ZX_VMO_DISCARDABLE) => ZX_OK\n" +
            $"  zx_vmo_op_range(v, ZX_VMO_OP_LOCK, 0, 1p) {expectation}"));
        Assert.True(document.IsValid, string.Join('\n', document.Diagnostics));
        var (lines, checkedCount) = Unchecked([document], IsLock, StatesTheWholeLockState);
        Assert.Equal(1, checkedCount);
        Assert.Equal($"{ScenarioText.File}:3", Assert.Single(lines));
    }

    [Fact]
    public void ALockThatNamesAllFourFieldsAndAnUnboundMapWithItsAddressPass()
    {
        var document = ScenarioText.Parse(ScenarioText.InScenario(
            "  v = zx_vmo_create(1p, ZX_VMO_DISCARDABLE) => ZX_OK\n" +
            "  zx_vmo_op_range(v, ZX_VMO_OP_LOCK, 0, 1p) => ZX_OK {offset: 0, size: 1p, discarded_offset: 0, discarded_size: 0}\n" +
            "  zx_vmar_map(root_vmar, ZX_VM_PERM_READ | ZX_VM_ALLOW_FAULTS, 0, v, 0, 1p) => ZX_OK 0x100000000\n" +
            "  zx_vmar_map(root_vmar, ZX_VM_PERM_READ | ZX_VM_ALLOW_FAULTS, 0, v, 0, 1p) => ZX_OK"));
        Assert.True(document.IsValid, string.Join('\n', document.Diagnostics));
        Assert.Empty(Unchecked([document], IsLock, StatesTheWholeLockState).Lines);
        Assert.Equal($"{ScenarioText.File}:5", Assert.Single(Unchecked([document], IsUnboundMap, StatesAValue).Lines));
    }

    private static List<ScenarioDocument> AllScenarioDocuments()
    {
        var documents = Directory.EnumerateFiles(RepositoryPaths.Scenarios, "*.scn", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => ScenarioParser.ParseFile(f, Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/')))
            .ToList();
        Assert.All(documents, d => Assert.True(d.IsValid, string.Join('\n', d.Diagnostics)));
        return documents;
    }

    /// <summary>
    /// The <c>file:line</c> of each successful statement <paramref name="selects"/> picks whose expected value
    /// fails <paramref name="isChecked"/>, and how many statements were picked. A spawned call's expectation
    /// sits on its join line.
    /// </summary>
    private static (List<string> Lines, int Count) Unchecked(
        IEnumerable<ScenarioDocument> documents, Func<CallSite, string?, bool> selects, Func<Expr?, bool> isChecked)
    {
        var lines = new List<string>();
        var count = 0;
        foreach (var scenario in documents.SelectMany(d => d.Scenarios))
        {
            var spawned = new Dictionary<string, CallSite>();
            foreach (var statement in scenario.Statements)
            {
                var (call, binding, expectation) = statement switch
                {
                    CallStatement c => (c.Call, c.Binding, c.Expectation),
                    SpawnStatement s => Remember(spawned, s),
                    JoinStatement j when spawned.Remove(j.Thread, out var site) => (site, null, j.Expectation),
                    _ => (null, null, null),
                };
                if (call is null || expectation is null || expectation.Status != Status.ZxOk || !selects(call, binding))
                {
                    continue;
                }

                count++;
                if (!isChecked(expectation.Value))
                {
                    lines.Add($"{scenario.File}:{statement.Line}");
                }
            }
        }

        return (lines, count);
    }

    private static (CallSite?, string?, Expectation?) Remember(Dictionary<string, CallSite> spawned, SpawnStatement spawn)
    {
        spawned[spawn.Thread] = spawn.Call;
        return (null, null, null);
    }

    private static bool IsLock(CallSite call, string? binding) =>
        call.Name == "zx_vmo_op_range" && call.Arguments.Length == 4
        && call.Arguments[1] is NameExpr { Name: "ZX_VMO_OP_LOCK" };

    private static bool IsUnboundMap(CallSite call, string? binding) => call.Name == "zx_vmar_map" && binding is null;

    private static bool StatesAValue(Expr? value) => value is not null and not WildcardExpr;

    private static bool StatesTheWholeLockState(Expr? value) =>
        value is RecordExpr record
        && LockStateFields.All(name => record.Fields.Any(f => f.Name == name && f.Value is not WildcardExpr));
}
