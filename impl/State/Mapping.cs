namespace VmoKernel.Kernel.State;

/// <summary>
/// One mapping in a process's root VMAR: <c>Length</c> (page-rounded) bytes at <c>Address</c> showing the
/// VMO from <c>VmoOffset</c>, with the ZX_VM_PERM_* bits of <c>Permissions</c>. <c>Id</c> is unique per process.
/// </summary>
internal sealed record Mapping(ulong Id, ulong Address, ulong Length, ObjectRef Vmo, ulong VmoOffset, uint Permissions)
{
    public ulong End => Address + Length;

    public bool Contains(ulong address) => address >= Address && address - Address < Length;
}
