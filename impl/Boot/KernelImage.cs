using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Boot;

/// <summary>
/// A quiet kernel's every actor and state, taken by <see cref="ActorKernel.CaptureImage"/> from a kernel that
/// ran some calls and booted by <see cref="KernelHost.Boot"/> on another runtime as if those calls had run
/// there. Actors are booted under the same actor ids (Coyote compares ids by value), so every id the states
/// hold names the booted actor: nothing in a state is rewritten.
/// </summary>
public sealed class KernelImage
{
    internal KernelImage(IReadOnlyList<ImagePart> parts, KernelDirectory directory, ulong initialProcess, IReadOnlyDictionary<string, ulong> bindings, ulong firstFreeId)
    {
        FirstFreeId = firstFreeId;
        Parts = parts;
        Directory = directory;
        InitialProcess = initialProcess;
        InitialBindings = bindings;
    }

    /// <summary>How many actors booting the image starts.</summary>
    public int Actors => Parts.Count;

    public ulong InitialProcess { get; }

    public IReadOnlyDictionary<string, ulong> InitialBindings { get; }

    /// <summary>The first actor id value the image's runtime had not used; booting leaves every value below it unused.</summary>
    public ulong FirstFreeId { get; }

    internal IReadOnlyList<ImagePart> Parts { get; }

    /// <summary>The directory of the kernel the image was taken from: which of its actors are the singletons.</summary>
    internal KernelDirectory Directory { get; }
}
