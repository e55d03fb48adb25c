using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Checks.Proofs.Linux;
using VmoKernel.Model.Linux.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Proof.Agreement.Linux;

/// <summary>
/// INV-LINUX-02's encoding (<see cref="DroppableLockObligations"/>) against the model's Step: on concrete
/// areas before a locking call (mlock, munlock, mlockall, mmap, fork, munlockall, or any other call), the encoding's
/// VM_LOCKED, droppable and existence after the call must be the model's. A proof about an encoding that
/// disagrees with the model proves nothing.
/// </summary>
public sealed class DroppableLockAgreementTests
{
    [Property(MaxTest = 100)]
    public Property EncodingOfEveryLockingCallAgreesWithTheModel(int[] choices)
    {
        var compared = Compare(choices, Mutant.None, out var failure);
        return (failure is null).Label(failure ?? string.Empty).Classify(compared == 0, "no area compared");
    }

    /// <summary>Over a fixed sample most programs compare some area, so the property cannot pass by skipping.</summary>
    [Fact]
    public void MostProgramsCompareSomeArea()
    {
        var compared = ProgramSamples.From(20261203, 60).Count(choices => Compare(choices, Mutant.None, out var failure) > 0 && failure is null);
        Assert.True(compared >= 40, $"only {compared} of 60 programs compared an area without disagreement");
    }

    /// <summary>The must-fail twin: the encoding whose mlock locks droppable areas disagrees with the model on some program.</summary>
    [Fact]
    public void TheMlockLocksDroppableEncodingDisagreesWithTheModel() =>
        ProgramSamples.AssertSomeDisagreement(2, 300, choices => Disagreement(choices, Mutant.MlockLocksDroppable), "mlock-locks-droppable");

    /// <summary>Builds a program, makes one more call, compares every area it can; returns how many were compared.</summary>
    private static int Compare(int[] choices, Mutant mutant, out string? failure)
    {
        failure = null;
        var program = LinuxProgram.Build(choices);
        var call = CallUnderTest(program);
        var before = program.Mm;
        var result = program.Run(call);
        Z3Library.EnsureLoaded();
        using var ctx = new Context();
        var query = DroppableLockObligations.DroppableAreaIsNeverLocked(new Terms(ctx), mutant);
        var compared = 0;
        foreach (var (area, after) in Pairs(call, result, before, program))
        {
            var eval = Bindings(ctx, call, area, before);
            var expected = (exists: after is not null, droppable: after?.Has(VmFlags.Droppable) ?? false, locked: after?.Has(VmFlags.Locked) ?? false);
            var encoded = (
                exists: eval.Bool(ConcreteEvaluation.After(query, "exists")),
                droppable: eval.Bool(ConcreteEvaluation.After(query, "droppable")),
                locked: eval.Bool(ConcreteEvaluation.After(query, "VM_LOCKED")));
            compared++;
            if (encoded.exists != expected.exists || (expected.exists && encoded != expected))
            {
                failure = $"{call} => {result} on area {area}: model {expected}, encoding {encoded}";
                return compared;
            }
        }

        return compared;
    }

    private static Syscall CallUnderTest(LinuxProgram program) => program.Choices.Next(4) == 0
        ? new Fork()
        : program.NextCall();

    /// <summary>
    /// (area before, the same area after) pairs the encoding speaks of: an area wholly inside or outside the
    /// call's range (a partly covered area is split, which the one-area encoding does not describe), the
    /// area mmap made, and each area the fork child keeps.
    /// </summary>
    private static IEnumerable<(Vma? Before, Vma? After)> Pairs(Syscall call, SyscallResult result, LinuxProcess before, LinuxProgram program)
    {
        switch (call)
        {
            case Mmap:
                if (result is { Succeeded: true, Value: IntValue { Number: var start } })
                {
                    yield return (null, program.Mm.VmaAt(start));
                }
                else if (result.Status == Abi.Status.Einval)
                {
                    yield return (null, null);
                }

                yield break;
            case Fork when result is { Succeeded: true, Value: IntValue { Number: var child } }:
                foreach (var area in before.Vmas.Values.Where(v => !v.Has(VmFlags.DontCopy)))
                {
                    yield return (area, program.State.Linux.Process(child).VmaAt(area.Start));
                }

                yield break;
            case Fork:
                yield break;
        }

        var (from, to) = call switch
        {
            Mlock m => (m.Addr, m.Addr + m.Length),
            Munlock m => (m.Addr, m.Addr + m.Length),
            _ => (0UL, 0UL),
        };
        foreach (var area in before.Vmas.Values)
        {
            var inside = from <= area.Start && area.End <= to;
            var outside = area.End <= from || to <= area.Start;
            if ((inside || outside) && program.Mm.VmaAt(area.Start) is { } after && after.Start == area.Start && after.End == area.End)
            {
                yield return (area, after);
            }
        }
    }

    private static ConcreteEvaluation Bindings(Context ctx, Syscall call, Vma? area, LinuxProcess before)
    {
        var (kind, covers) = call switch
        {
            Mlock m => (0, area is not null && m.Addr <= area.Start && area.End <= m.Addr + m.Length),
            Munlock m => (1, area is not null && m.Addr <= area.Start && area.End <= m.Addr + m.Length),
            Mlockall => (2, false),
            Mmap => (3, false),
            Fork => (4, false),
            Munlockall => (5, false),
            _ => (6, false),
        };
        var mcl = call is Mlockall all ? all.Flags : 0;
        var map = call is Mmap mmap ? mmap.Flags : 0;
        return new ConcreteEvaluation(ctx)
            .Bind("call.kind", kind)
            .Bind("call.covers_area", covers)
            .Bind("call.mcl_current", (mcl & MclCurrent) != 0)
            .Bind("call.mcl_future", (mcl & MclFuture) != 0)
            .Bind("call.map_locked", (map & MapLocked) != 0)
            .Bind("call.map_droppable", (map & MapType) == MapDroppable)
            .Bind("area.exists", area is not null)
            .Bind("area.droppable", area?.Has(VmFlags.Droppable) ?? false)
            .Bind("area.locked", area?.Has(VmFlags.Locked) ?? false)
            .Bind("mm.lock_future", before.LockFuture);
    }

    private static string? Disagreement(int[] choices, Mutant mutant)
    {
        Compare(choices, mutant, out var failure);
        return failure;
    }
}
