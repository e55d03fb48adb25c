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
/// INV-LINUX-05's encoding (<see cref="WipeOnForkObligations"/>) against the model's fork: for every page of
/// every private or droppable area of the parent, the encoding's "child has the area", "child present" and
/// "child reads zeros" must be what the model's child has. Shared areas are out of the encoding's scope (their
/// pages live in the shared object, not in the parent's entries).
/// </summary>
public sealed class WipeOnForkAgreementTests
{
    [Property(MaxTest = 100)]
    public Property EncodingOfForkAgreesWithTheModelOnEveryPage(int[] choices)
    {
        var compared = Compare(choices, Mutant.None, out var failure);
        return (failure is null).Label(failure ?? string.Empty).Classify(compared == 0, "no page compared");
    }

    /// <summary>Over a fixed sample the comparison covers wiped pages that were present in the parent, so it cannot pass vacuously.</summary>
    [Fact]
    public void SomeProgramsForkAPresentPageOfAWipedArea()
    {
        var wiped = ProgramSamples.From(20261203, 80).Count(choices => Compare(choices, Mutant.None, out var failure, wipedPresentOnly: true) > 0 && failure is null);
        Assert.True(wiped >= 5, $"only {wiped} of 80 programs forked a present page of a wiped area");
    }

    /// <summary>The must-fail twin: the encoding whose fork copies wiped pages disagrees with the model on some program.</summary>
    [Fact]
    public void TheForkCopiesWipedPagesEncodingDisagreesWithTheModel() =>
        ProgramSamples.AssertSomeDisagreement(3, 300, choices => Disagreement(choices, Mutant.ForkCopiesWipedPages), "fork-copies-wiped-pages");

    private static int Compare(int[] choices, Mutant mutant, out string? failure, bool wipedPresentOnly = false)
    {
        failure = null;
        var program = LinuxProgram.Build(choices);
        var parent = program.Mm;
        var world = program.State.Linux;
        if (program.Run(new Fork()) is not { Succeeded: true, Value: IntValue { Number: var pid } })
        {
            return 0;
        }

        var child = program.State.Linux.Process(pid);
        var childWorld = program.State.Linux;
        Z3Library.EnsureLoaded();
        using var ctx = new Context();
        var query = WipeOnForkObligations.WipedChildReadsZero(new Terms(ctx), mutant);
        var compared = 0;
        foreach (var area in parent.Vmas.Values.Where(v => !v.Has(VmFlags.Shared)))
        {
            for (var address = area.Start; address < area.End; address += LinuxProgram.Page)
            {
                var parentPresent = parent.Ptes.TryGetValue(address, out var pte) && pte.Present;
                var wiped = area.Has(VmFlags.WipeOnFork) || area.Has(VmFlags.Droppable);
                if (wipedPresentOnly && !(wiped && parentPresent))
                {
                    continue;
                }

                var eval = new ConcreteEvaluation(ctx)
                    .Bind("area.wipeonfork", area.Has(VmFlags.WipeOnFork))
                    .Bind("area.droppable", area.Has(VmFlags.Droppable))
                    .Bind("area.dontcopy", area.Has(VmFlags.DontCopy))
                    .Bind("witness.page", address / LinuxProgram.Page)
                    .Bind("parent.present", parentPresent)
                    .Bind("parent.content", parentPresent && !ReadsZero(world, pte!) ? 1 : 0);
                var childPte = child.Ptes.TryGetValue(address, out var c) ? c : null;
                var expected = (
                    has: child.VmaAt(address) is not null,
                    present: childPte is { Present: true },
                    zeros: childPte is not { Present: true } || ReadsZero(childWorld, childPte));
                var encoded = (
                    has: eval.Bool(ConcreteEvaluation.After(query, "child has the area")),
                    present: eval.Bool(ConcreteEvaluation.After(query, "child present")),
                    zeros: eval.Number(ConcreteEvaluation.After(query, "child reads")) == 0);
                compared++;
                if (encoded.has != expected.has || (expected.has && encoded != expected))
                {
                    failure = $"fork of area {area} at 0x{address:x}: model {expected}, encoding {encoded}";
                    return compared;
                }
            }
        }

        return compared;
    }

    private static bool ReadsZero(LinuxWorld world, Pte pte) =>
        pte.Page == Pte.ZeroPage || !world.Pages.TryGetValue(pte.Page, out var page) || page.Data.Bytes.All(b => b == 0);

    private static string? Disagreement(int[] choices, Mutant mutant)
    {
        Compare(choices, mutant, out var failure);
        return failure;
    }
}
