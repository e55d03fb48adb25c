using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Checks.Proofs.Linux;
using VmoKernel.Model.Linux.State;

namespace VmoKernel.Tests.Proof.Agreement.Linux;

/// <summary>
/// INV-LINUX-01's encoding of reclaim's Linux part (<see cref="ReclaimFrameObligations"/>) against the model:
/// with p0's private and droppable pages in the encoding's slots, which pages reclaim keeps at each level and
/// how many frames are free afterwards must be what the model's reclaim does. A state the encoding cannot hold
/// (more pages than slots, pages of shared objects) is not compared.
/// </summary>
public sealed class ReclaimFrameAgreementTests
{
    [Property(MaxTest = 100)]
    public Property EncodingOfReclaimAgreesWithTheModel(int[] choices)
    {
        var compared = Compare(choices, Mutant.None, out var failure);
        return (failure is null).Label(failure ?? string.Empty).Classify(!compared, "not compared");
    }

    /// <summary>Over a fixed sample most programs are compared, and some of them lose a page to reclaim.</summary>
    [Fact]
    public void MostProgramsAreComparedAndSomeLoseAPage()
    {
        var (compared, removing) = (0, 0);
        foreach (var choices in ProgramSamples.From(20261203, 80))
        {
            if (Compare(choices, Mutant.None, out var failure, out var removed))
            {
                Assert.Null(failure);
                compared++;
                removing += removed ? 1 : 0;
            }
        }

        Assert.True(compared >= 40 && removing >= 5, $"{compared} of 80 programs compared, {removing} of them removed a page");
    }

    /// <summary>The must-fail twin: the encoding that forgets a removed page's frame disagrees with the model on some program.</summary>
    [Fact]
    public void TheReclaimForgetsAFrameEncodingDisagreesWithTheModel() =>
        ProgramSamples.AssertSomeDisagreement(4, 400, choices => Compare(choices, Mutant.ReclaimForgetsAFrame, out var failure) ? failure : null, "reclaim-forgets-a-frame");

    private static bool Compare(int[] choices, Mutant mutant, out string? failure) => Compare(choices, mutant, out failure, out _);

    private static bool Compare(int[] choices, Mutant mutant, out string? failure, out bool removedAny)
    {
        (failure, removedAny) = (null, false);
        var program = LinuxProgram.Build(choices);
        var before = program.Mm;
        var world = program.State.Linux;
        var pages = before.Ptes.Where(e => e.Value.HasFrame).ToList();
        if (pages.Count > ReclaimFrameObligations.Slots || world.Pages.Count != pages.Count)
        {
            return false;
        }

        var level = program.Choices.Pick(Enum.GetValues<PressureLevel>());
        var freeBefore = program.State.Memory.Free;
        program.Run(new Reclaim(level));
        var after = program.Mm;

        Z3Library.EnsureLoaded();
        using var ctx = new Context();
        var query = ReclaimFrameObligations.DropAndPurgeFreeExactlyTheirFrames(new Terms(ctx), mutant);
        var eval = new ConcreteEvaluation(ctx)
            .Bind("call.level", (int)level)
            .Bind("free", false)
            .Bind("free.count", freeBefore)
            .Bind("witness.frame", 0);
        // The pages fill the last slots (any assignment will do: the encoding treats its slots alike), so the
        // last slot, the one the twin's mutant forgets, holds a page whenever there is one.
        var empty = ReclaimFrameObligations.Slots - pages.Count;
        for (var i = 0; i < ReclaimFrameObligations.Slots; i++)
        {
            var present = i >= empty;
            var area = present ? before.VmaAt(pages[i - empty].Key) : null;
            eval.Bind($"page{i}.present", present)
                .Bind($"page{i}.frame", present ? world.Pages[pages[i - empty].Value.Page].Frame : 0UL)
                .Bind($"page{i}.droppable", area?.Has(VmFlags.Droppable) ?? false)
                .Bind($"page{i}.volatile", area?.Has(VmFlags.Volatile) ?? false)
                .Bind($"page{i}.all_mappings_volatile", area?.Has(VmFlags.Volatile) ?? false);
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var (address, entry) = (pages[i].Key, pages[i].Value);
            var kept = after.Ptes.TryGetValue(address, out var now) && now.Page == entry.Page;
            removedAny |= !kept;
            if (eval.Bool(ConcreteEvaluation.After(query, $"page {i + empty}")) != kept)
            {
                failure = $"reclaim({level}) {(kept ? "kept" : "removed")} the page at 0x{address:x} in {before.VmaAt(address)}; the encoding says otherwise";
                return true;
            }
        }

        var freeAfter = eval.Number(ConcreteEvaluation.After(query, "free frames"));
        if (freeAfter != program.State.Memory.Free)
        {
            failure = $"reclaim({level}) left {program.State.Memory.Free} frames free; the encoding says {freeAfter}";
        }

        return true;
    }
}
