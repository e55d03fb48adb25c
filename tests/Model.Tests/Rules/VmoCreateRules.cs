using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>zx_vmo_create: flag and size checks in the kernel's order (reference notes §2).</summary>
public sealed class VmoCreateRules
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    [Trait("spec", "INV-RW-06")]
    public void BothDiscardableFlagsAreInvalidArgsEvenWithASizeThatWouldOverflow()
    {
        new KernelScript().Expect(Status.ZxErrInvalidArgs, new VmoCreate(ulong.MaxValue, VmoOptions.Discardable | VmoOptions.DiscardableLockless));
    }

    [Fact]
    [Trait("spec", "INV-RW-06")]
    [Trait("spec", "INV-RANGE-03")]
    public void SizeRoundingOverflowIsCheckedBeforeUnknownOptionBits()
    {
        new KernelScript().Expect(Status.ZxErrOutOfRange, new VmoCreate(ulong.MaxValue, 1u << 9));
    }

    [Fact]
    [Trait("spec", "INV-RW-06")]
    public void UnknownOptionBitsAreCheckedBeforeTheMaximumSize()
    {
        new KernelScript().Expect(Status.ZxErrInvalidArgs, new VmoCreate(VmoLimits.MaxSize + Page, 1u << 9));
        new KernelScript().Expect(Status.ZxErrOutOfRange, new VmoCreate(VmoLimits.MaxSize + Page, 0));
    }

    [Fact]
    [Trait("spec", "INV-RW-06")]
    public void TheMaximumSizeIsAcceptedAndCostsNoFrames()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(VmoLimits.MaxSize, 0));
        Assert.Equal(VmoLimits.MaxSize, k.Int(new VmoGetSize(v)));
        Assert.Equal(0UL, k.State.Memory.Used);
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-06")]
    [Trait("spec", "INV-RIGHTS-04")]
    [Trait("spec", "INV-STATE-03")]
    public void HandlesAndKoidsFollowTheDesignNotesNumbering()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(1, VmoOptions.Resizable));
        Assert.Equal(KernelLayout.HandleValue(4), v);
        Assert.Equal(1028UL, k.Vmo(v).Koid);
        Assert.Equal(Page, k.Vmo(v).Size);
        var info = k.Record(new ObjectGetInfo(v, InfoTopic.HandleBasic));
        Assert.Equal(Value.Int((ulong)(Rights.DefaultVmo | Rights.Resize)), info["rights"]);
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-06")]
    [Trait("spec", "INV-STATE-03")]
    public void AFailedCreateConsumesNoKoidAndNoHandleNumber()
    {
        var k = new KernelScript();
        k.Expect(Status.ZxErrInvalidArgs, new VmoCreate(Page, 1u << 9));
        var v = k.Handle(new VmoCreate(Page, 0));
        Assert.Equal(KernelLayout.HandleValue(4), v);
        Assert.Equal(1028UL, k.Vmo(v).Koid);
    }
}
