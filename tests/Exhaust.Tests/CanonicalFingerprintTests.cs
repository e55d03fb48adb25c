using VmoKernel.Abi;
using VmoKernel.Checks.Exhaust;
using static VmoKernel.Tests.Exhaust.Paths;

namespace VmoKernel.Tests.Exhaust;

/// <summary>
/// Symmetric states (the same kernel up to the koids, handle values, frames and clock stamps it handed
/// out) get one fingerprint; states that can behave differently get different ones. The raw fingerprint
/// tells all of them apart, which shows the states really differ as stored.
/// </summary>
public sealed class CanonicalFingerprintTests
{
    private static readonly ByteString A = ByteString.Of([0x41]);

    [Fact]
    public void AVmoMadeAfterAClosedOneHasTheFingerprintOfTheFirstVmo()
    {
        var direct = Run(new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable));
        var later = Run(
            new VmoCreate(KernelLayout.PageSize, 0),
            new HandleClose(Handle(1)),
            new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable));

        Assert.NotEqual(direct.Vmos.Keys.Single(), later.Vmos.Keys.Single());
        Assert.NotEqual(StateFingerprint.Raw(direct), StateFingerprint.Raw(later));
        Assert.Equal(StateFingerprint.Symmetric(direct), StateFingerprint.Symmetric(later));
    }

    [Fact]
    public void FramesAreNamedByFirstAppearanceSoTheOrderOfWritesDoesNotMatter()
    {
        var create = new Syscall[] { new VmoCreate(KernelLayout.PageSize, 0), new VmoCreate(KernelLayout.PageSize, 0) };
        var firstThenSecond = Run([.. create, new VmoWrite(Handle(1), 0, A), new VmoWrite(Handle(2), 0, A)]);
        var secondThenFirst = Run([.. create, new VmoWrite(Handle(2), 0, A), new VmoWrite(Handle(1), 0, A)]);

        Assert.NotEqual(StateFingerprint.Raw(firstThenSecond), StateFingerprint.Raw(secondThenFirst));
        Assert.Equal(StateFingerprint.Symmetric(firstThenSecond), StateFingerprint.Symmetric(secondThenFirst));
    }

    [Fact]
    public void UnlockStampsCountOnlyByTheirOrder()
    {
        var lockUnlock = new Syscall[] { Op(1, VmoOp.Lock), Op(1, VmoOp.Unlock) };
        var early = Run([new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable), .. lockUnlock]);
        var late = Run([new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable), Op(1, VmoOp.Lock), Op(1, VmoOp.Lock), Op(1, VmoOp.Unlock), Op(1, VmoOp.Unlock)]);

        Assert.NotEqual(early.Vmos.Values.Single().Discard.LastUnlock, late.Vmos.Values.Single().Discard.LastUnlock);
        Assert.Equal(StateFingerprint.Symmetric(early), StateFingerprint.Symmetric(late));
    }

    [Fact]
    public void TheOrderOfTwoUnlocksIsKeptBecauseReclaimFollowsIt()
    {
        var create = new Syscall[] { new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable), new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable) };
        var lockBoth = new Syscall[] { Op(1, VmoOp.Lock), Op(2, VmoOp.Lock) };
        var firstUnlockedFirst = Run([.. create, .. lockBoth, Op(1, VmoOp.Unlock), Op(2, VmoOp.Unlock)]);
        var secondUnlockedFirst = Run([.. create, .. lockBoth, Op(2, VmoOp.Unlock), Op(1, VmoOp.Unlock)]);

        Assert.NotEqual(StateFingerprint.Symmetric(firstUnlockedFirst), StateFingerprint.Symmetric(secondUnlockedFirst));
    }

    [Fact]
    public void ALockedVmoDiffersFromAnUnlockedOne()
    {
        var created = Run(new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable));
        var locked = Run(created, Op(1, VmoOp.Lock));

        Assert.NotEqual(StateFingerprint.Symmetric(created), StateFingerprint.Symmetric(locked));
    }

    [Fact]
    public void SymmetricStatesOfferTheSameMovesInTheSameOrder()
    {
        var config = ExhaustConfigFile.LoadNearest("small");
        var generator = new MoveGenerator(config.Domains);
        var direct = Run(new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable));
        var later = Run(new VmoCreate(KernelLayout.PageSize, 0), new HandleClose(Handle(1)), new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable));
        List<Move> directMoves = [], laterMoves = [];
        generator.Generate(direct, directMoves);
        generator.Generate(later, laterMoves);

        Assert.Equal(directMoves.Count, laterMoves.Count);
        for (var i = 0; i < directMoves.Count; i++)
        {
            var a = Model.Kernel.Step(direct, directMoves[i].Process, directMoves[i].Call);
            var b = Model.Kernel.Step(later, laterMoves[i].Process, laterMoves[i].Call);
            Assert.Equal(a.Result.Status, b.Result.Status);
            Assert.Equal(StateFingerprint.Symmetric(a.State), StateFingerprint.Symmetric(b.State));
        }
    }

    private static VmoOpRange Op(int handle, uint op) => new(Handle(handle), op, 0, KernelLayout.PageSize);
}
