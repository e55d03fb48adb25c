namespace VmoKernel.Model.State;

/// <summary>
/// A mapping in a process's root VMAR: <see cref="Length"/> bytes (page-rounded) at
/// <see cref="Address"/> showing the VMO from <see cref="VmoOffset"/>, with ZX_VM_PERM_* bits in
/// <see cref="Permissions"/>.
/// </summary>
public sealed record Mapping(ulong Address, ulong Length, ulong VmoKoid, ulong VmoOffset, uint Permissions)
{
    /// <summary>One past the last byte; the VMAR lies far below 2^64, so this cannot wrap.</summary>
    public ulong End => Address + Length;
}
