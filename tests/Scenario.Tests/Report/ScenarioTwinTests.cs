using VmoKernel.Abi;
using VmoKernel.Checks.Report;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Checks.Scenarios.Syntax;
using VmoKernel.Model;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// Must-fail twins of invariants checked by scenarios: the scenario that cites the ID passes on the
/// model and fails on a model with one plausible bug that breaks exactly that invariant.
/// </summary>
public sealed class ScenarioTwinTests
{
    private const ulong Page = ModelDriver.Page;

    /// <summary>Runs the named scenario, which must cite <paramref name="id"/>, on the model and on the broken kernel.</summary>
    private static IReadOnlyList<StatementFailure> CaughtBy(string id, string file, string name, Func<ModelKernel, ulong, Syscall, SyscallResult?> bug)
    {
        var document = ScenarioParser.ParseFile(Path.Combine(RepositoryPaths.Scenarios, file), file);
        var scenario = Assert.Single(document.Scenarios, s => s.Name == name);
        Assert.Contains(id, SpecIds.CatalogueIdsIn(scenario.Source ?? ""));
        Assert.Empty(new KernelFactoryHost("model", () => new ModelKernel()).Run(scenario));
        var failures = new KernelFactoryHost("broken", () => new BrokenKernel(bug)).Run(scenario);
        Assert.NotEmpty(failures);
        return failures;
    }

    private static SyscallResult Zeros(ulong length, Status status) => new(status, Value.Of(ByteString.Of(new byte[length])));

    [Fact]
    [Trait("must-fail-twin", "INV-MAP-01")]
    public void AStoreThatNeverReachesTheVmoIsCaught() =>
        CaughtBy("INV-MAP-01", "mappings.scn", "stores through a mapping are seen by zx_vmo_read and writes by loads",
            (_, _, call) => call is MemWrite ? SyscallResult.Ok() : null);

    [Fact]
    [Trait("must-fail-twin", "INV-MAP-03")]
    public void ALoadOutsideEveryMappingThatReadsZerosIsCaught() =>
        CaughtBy("INV-MAP-03", "mappings.scn", "an access outside every mapping faults",
            (model, p, call) => call is MemRead read && model.Invoke(p, call).Status == Status.Fault ? Zeros(read.Length, Status.Ok) : null);

    [Fact]
    [Trait("must-fail-twin", "INV-RW-01")]
    public void AReadThatForgetsTheLastWriteIsCaught() =>
        CaughtBy("INV-RW-01", "vmo-read-write.scn", "a later write overwrites only the bytes it covers",
            (model, p, call) => call is VmoRead read && model.Invoke(p, call).Succeeded ? Zeros(read.Length, Status.ZxOk) : null);

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-08")]
    public void ATransferItsSliceChildDoesNotSeeIsCaught() =>
        CaughtBy("INV-XFER-08", "transfer-and-children.scn", "a slice child of the destination sees the new contents",
            (_, _, call) => call is VmoTransferData ? SyscallResult.ZxOk() : null);

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-09")]
    public void ATransferThatAlsoMovesThePageBeforeItsRangeIsCaught() =>
        CaughtBy("INV-XFER-09", "transfer-data.scn", "a multi-page transfer overwrites the destination with the source's pages and zeroes the source",
            (model, p, call) => call is VmoTransferData t && t.Offset >= Page && t.SrcOffset >= Page
                ? model.Invoke(p, t with { Offset = t.Offset - Page, SrcOffset = t.SrcOffset - Page, Length = t.Length + Page })
                : null);

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-12")]
    public void AMappingThatKeepsShowingTheOldPageIsCaught()
    {
        var seen = new Dictionary<(ulong, ulong), SyscallResult>();
        CaughtBy("INV-XFER-12", "transfer-data.scn", "mappings of the destination see the new contents", (model, p, call) =>
        {
            if (call is not MemRead read)
            {
                return null;
            }

            if (!seen.TryGetValue((read.Address, read.Length), out var stale))
            {
                seen[(read.Address, read.Length)] = stale = model.Invoke(p, call);
            }

            return stale;
        });
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-05")]
    public void ASnapshotThatTakesAFrameAtCreationIsCaught() =>
        CaughtBy("INV-CHILD-05", "children.scn", "a snapshot takes no frames until it writes, and then only its own", (model, p, call) =>
        {
            if (call is not VmoCreateChild)
            {
                return null;
            }

            var created = model.Invoke(p, call);
            if (created.Value is IntValue child)
            {
                model.Invoke(p, new VmoOpRange((uint)child.Number, VmoOp.Commit, 0, Page));
            }

            return created;
        });

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-06")]
    public void AChildWriteThatLandsInTheParentIsCaught()
    {
        uint? parent = null;
        uint? child = null;
        CaughtBy("INV-CHILD-06", "children.scn", "a snapshot takes no frames until it writes, and then only its own", (model, p, call) =>
        {
            switch (call)
            {
                case VmoCreateChild create:
                    parent = create.Vmo;
                    var result = model.Invoke(p, call);
                    child = (uint?)(result.Value as IntValue)?.Number;
                    return result;
                case VmoWrite write when write.Vmo == child && parent is { } owner:
                    return model.Invoke(p, write with { Vmo = owner });
                default:
                    return null;
            }
        });
    }

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-01")]
    public void InfoThatMiscountsCommittedBytesIsCaught() =>
        CaughtBy("INV-INFO-01", "get-info.scn", "committed_bytes follows writes, commits and decommits", (model, p, call) =>
        {
            if (call is not ObjectGetInfo { Topic: InfoTopic.Vmo } || model.Invoke(p, call) is not { Value: RecordValue info } result)
            {
                return null;
            }

            var committed = ((IntValue)info["committed_bytes"]!).Number;
            return result with { Value = new RecordValue([.. info.Fields.Select(f => f.Name == "committed_bytes" ? f with { Value = Value.Int(committed + Page) } : f)]) };
        });

    [Fact]
    [Trait("must-fail-twin", "INV-RECLAIM-05")]
    public void AReclaimThatAlsoDecommitsTheVmosItSparesIsCaught()
    {
        var vmos = new List<uint>();
        CaughtBy("INV-RECLAIM-05", "reclaim-order.scn", "reclaim spares locked and never-locked VMOs while taking unlocked ones", (model, p, call) =>
        {
            switch (call)
            {
                case VmoCreate:
                    var created = model.Invoke(p, call);
                    vmos.AddRange(created.Value is IntValue h ? [(uint)h.Number] : []);
                    return created;
                case Reclaim:
                    var reclaimed = model.Invoke(p, call);
                    vmos.ForEach(v => model.Invoke(p, new VmoOpRange(v, VmoOp.Decommit, 0, Page)));
                    return reclaimed;
                default:
                    return null;
            }
        });
    }

    [Fact]
    [Trait("must-fail-twin", "INV-STATE-05")]
    public void ATransferThatThrowsOnAWrappingRangeIsCaught()
    {
        var failures = CaughtBy("INV-STATE-05", "transfer-data.scn", "ranges that wrap past 2^64 are out of range",
            (_, _, call) => call is VmoTransferData t ? ThrowsOnWrap(t) : null);
        Assert.Contains(failures, f => f.Message.Contains("threw OverflowException", StringComparison.Ordinal));
    }

    // A kernel written with checked arithmetic: correct answers, but a wrapping range throws.
    private static SyscallResult? ThrowsOnWrap(VmoTransferData t)
    {
        _ = checked(t.Offset + t.Length);
        _ = checked(t.SrcOffset + t.Length);
        return null;
    }
}
