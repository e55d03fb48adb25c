namespace VmoKernel.Kernel.Notifications;

/// <summary>
/// A frame that changed owner at a linearization point: to (VMO koid, page) when allocated or moved, to
/// <see cref="LinuxPage"/> when it backs a new anonymous page of the Linux surface; <c>Owner</c> null when freed.
/// </summary>
public sealed record FrameMove(ulong Frame, ulong? Owner, ulong Page)
{
    /// <summary>The owner of a frame that backs an anonymous page of the Linux surface (no VMO has this koid).</summary>
    public const ulong LinuxPage = ulong.MaxValue;
}
