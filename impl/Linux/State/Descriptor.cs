namespace VmoKernel.Kernel.Linux.State;

/// <summary>What a descriptor names.</summary>
internal enum DescriptorKind
{
    /// <summary>0-2: open, naming nothing the kernel models (L-14).</summary>
    Standard,
    Pidfd,
    Uffd,
    PipeRead,
    PipeWrite,
}

/// <summary>A descriptor: its kind and the pid, uffd id or pipe id it names.</summary>
internal sealed record Descriptor(DescriptorKind Kind, ulong Target)
{
    public static readonly Descriptor Standard = new(DescriptorKind.Standard, 0);
}
