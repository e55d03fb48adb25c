namespace VmoKernel.Kernel.Notifications;

/// <summary>A frame that changed owner at a linearization point: to (VMO koid, page) when allocated or moved; <c>Owner</c> null when freed.</summary>
public sealed record FrameMove(ulong Frame, ulong? Owner, ulong Page);
