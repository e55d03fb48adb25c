using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel;
using VmoKernel.Kernel.Boot;
using static VmoKernel.Tests.Kernel.TestSupport.OneSchedule;

namespace VmoKernel.Tests.Kernel.Boot;

/// <summary>
/// A kernel booted from an image answers every later call exactly as the kernel the image was taken from
/// would have: the same calls made on a fresh kernel (set-up, then probes) and on a kernel booted from the
/// set-up's image (probes only) give the same answers. The probes read what each kind of actor owns: handle
/// tables (the router's processes and p0), VMO pages and lock counts, the reclaimer's unlock order (a reclaim
/// must discard the unlocked VMO), pins (BTI and PMT), the koid allocator and physical memory.
/// </summary>
public sealed class KernelImageTests
{
    private const ulong Page = KernelLayout.PageSize;
    private static readonly uint A = KernelLayout.HandleValue(4);
    private static readonly uint B = KernelLayout.HandleValue(5);
    private static readonly uint Pmt = KernelLayout.HandleValue(6);
    private const uint Bti = 0x13;

    private static readonly Syscall[] SetUp =
    [
        new VmoCreate(Page, VmoOptions.Discardable),
        new VmoWrite(A, 0, ByteString.Of(Enumerable.Repeat((byte)0x11, (int)Page).ToArray())),
        new VmoOpRange(A, VmoOp.Lock, 0, Page),
        new VmoOpRange(A, VmoOp.Unlock, 0, Page),
        new VmoCreate(2 * Page, 0),
        new VmoWrite(B, 0, ByteString.Of(Enumerable.Repeat((byte)0x22, (int)(2 * Page)).ToArray())),
        new BtiPin(Bti, BtiOptions.PermRead, B, 0, Page),
        new ProcessCreate(),
    ];

    private static readonly Syscall[] Probes =
    [
        new Reclaim(PressureLevel.Critical),
        new VmoRead(A, 0, Page),
        new VmoOpRange(A, VmoOp.Lock, 0, Page),
        new VmoRead(B, 0, 2 * Page),
        new VmoTransferData(A, 0, 0, Page, B, 0),
        new PmtUnpin(Pmt),
        new VmoTransferData(A, 0, 0, Page, B, 0),
        new VmoCreate(Page, 0),
        new ObjectGetInfo(B, InfoTopic.Vmo),
        new ProcessCreate(),
        new HandleClose(B),
        new VmoRead(B, 0, Page),
    ];

    [Fact]
    public void ABootedKernelAnswersAsTheKernelItsImageWasTakenFrom()
    {
        var (setUpAnswers, reference) = RunFresh();
        Assert.Equal(Status.ZxOk, setUpAnswers[6].Status);
        Assert.Contains($"pmt: {Pmt}", setUpAnswers[6].ToString(), StringComparison.Ordinal);
        var image = TakeImage();

        var booted = RunBooted(image);

        Assert.Equal(reference, booted);
        Assert.Contains("ZX_ERR_NOT_FOUND", reference[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AnImageHoldsEveryStatefulActorAndReservesTheIdsItsRuntimeUsed()
    {
        var image = TakeImage();

        // router, reclaimer, memory, koids, Linux world, BTI, p0, two VMOs and the new process.
        Assert.Equal(10, image.Actors);
        Assert.True(image.FirstFreeId > (ulong)image.Actors, $"first free id {image.FirstFreeId}");
    }

    [Fact]
    public void ABootedKernelsActorsKeepTheNamesTheyWereMadeWith()
    {
        // Names are only labels (Coyote compares ids by value), but they are what a replay's log and story print.
        string? fresh = null;
        string? booted = null;
        Run(runtime =>
        {
            fresh = KernelHost.Start(runtime).Router.Name;
            return Task.CompletedTask;
        });
        var image = TakeImage();
        Run(runtime =>
        {
            booted = KernelHost.Boot(runtime, image).Router.Name;
            return Task.CompletedTask;
        });

        Assert.StartsWith("router", fresh, StringComparison.Ordinal);
        Assert.Equal(fresh, booted);
    }

    [Fact]
    public void ABootedKernelsRuntimeGoesOnFromTheImagesFirstFreeId()
    {
        // The next actor (a call's thread, a new VMO) gets exactly the id it would have got on the image's runtime,
        // so a run booted from an image names its actors as the run that took the image did.
        var image = TakeImage();
        ulong next = 0;
        Run(runtime =>
        {
            KernelHost.Boot(runtime, image);
            next = runtime.CreateActorId(typeof(Unused)).Value;
            return Task.CompletedTask;
        });

        Assert.Equal(image.FirstFreeId, next);
    }

    [Fact]
    public void AnImageDoesNotBootOnARuntimeThatAlreadyGaveOutItsIds()
    {
        var image = TakeImage();
        Exception? refused = null;
        Run(runtime =>
        {
            KernelHost.Start(runtime);
            refused = Record.Exception(() => KernelHost.Boot(runtime, image));
            return Task.CompletedTask;
        });

        Assert.Contains("kernel image cannot boot", Assert.IsType<InvalidOperationException>(refused).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoImageIsTakenWhileACallIsBlocked()
    {
        // A blocked call's thread cannot be booted: the kernel is settled (the read waits for a writer), not idle.
        Exception? refused = null;
        Run(async runtime =>
        {
            var kernel = KernelHost.Start(runtime);
            var buffer = await kernel.InvokeAsync(kernel.InitialProcess, new Mmap(0, Page, LinuxConstants.ProtRead | LinuxConstants.ProtWrite, LinuxConstants.MapPrivate | LinuxConstants.MapAnonymous));
            await kernel.InvokeAsync(kernel.InitialProcess, new Pipe());
            var address = ((IntValue)buffer.Value!).Number;
            var read = kernel.InvokeAsync(kernel.InitialProcess, new FdRead(3, address, 4));
            await kernel.SettleAsync();
            refused = Record.Exception(() => kernel.CaptureImage(runtime.CreateActorId(typeof(Unused)).Value));

            // The writer wakes the reader, so the run ends with no thread asleep.
            await kernel.InvokeAsync(kernel.InitialProcess, new FdWrite(4, address, 4));
            await read;
        });

        Assert.IsType<InvalidOperationException>(refused);
    }

    [Fact]
    public void ABootedKernelRunsWithTheOptionsItIsBootedWith()
    {
        // The image's kernel had no bug on; the booted one has the discarded-read bug, so its read of the VMO the
        // first probe discarded succeeds where the reference answered ZX_ERR_NOT_FOUND.
        var image = TakeImage();
        List<string> probes = [];
        var options = new KernelOptions { Bugs = SeededBugSet.Of(SeededBug.DiscardedReadSucceeds) };
        Run(async runtime => probes.AddRange((await Make(KernelHost.Boot(runtime, image, options), Probes.Take(2))).Select(r => r.ToString())));

        Assert.StartsWith("ZX_OK", probes[1], StringComparison.Ordinal);
    }

    private static (List<SyscallResult> SetUp, List<string> Probes) RunFresh()
    {
        List<SyscallResult> setUp = [];
        List<string> probes = [];
        Run(async runtime =>
        {
            var kernel = KernelHost.Start(runtime);
            setUp.AddRange(await Make(kernel, SetUp));
            probes.AddRange((await Make(kernel, Probes)).Select(r => r.ToString()));
        });
        return (setUp, probes);
    }

    private static KernelImage TakeImage()
    {
        ActorKernel? kernel = null;
        ulong firstFree = 0;
        Run(async runtime =>
        {
            kernel = KernelHost.Start(runtime);
            await Make(kernel, SetUp);
            firstFree = runtime.CreateActorId(typeof(Unused)).Value;
        });
        return kernel!.CaptureImage(firstFree);
    }

    private static List<string> RunBooted(KernelImage image)
    {
        List<string> probes = [];
        Run(async runtime => probes.AddRange((await Make(KernelHost.Boot(runtime, image), Probes)).Select(r => r.ToString())));
        return probes;
    }

    private static async Task<List<SyscallResult>> Make(ActorKernel kernel, IEnumerable<Syscall> calls)
    {
        List<SyscallResult> answers = [];
        foreach (var call in calls)
        {
            answers.Add(await kernel.InvokeAsync(kernel.InitialProcess, call));
            await kernel.SettleAsync();
        }

        return answers;
    }

    private sealed class Unused : Actor;
}
