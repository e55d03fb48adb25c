namespace VmoKernel.Abi;

/// <summary>
/// One call into the kernel, as a record of its arguments in the real signature's order with
/// out-parameters removed (scenario-language.md, "How real signatures are written").
/// Handle arguments are the caller's handle values; who the caller is travels beside the call.
/// Both the model and the actor kernel take these records, so they answer the same questions.
/// </summary>
public abstract record Syscall
{
    /// <summary>The call's real name, as a scenario writes it (e.g. <c>zx_vmo_create</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The arguments in the real order, for rendering in logs and replays.</summary>
    public abstract IEnumerable<object> Arguments();

    /// <summary>True for control calls (<c>reclaim</c>, <c>set_free_frames</c>, ...), which answer OK, not ZX_OK.</summary>
    public virtual bool IsControl => false;

    public sealed override string ToString() => $"{Name}({string.Join(", ", Arguments().Select(Render))})";

    private static string Render(object argument) => argument switch
    {
        ulong n when n >= 4096 => $"0x{n:x}",
        uint n when n >= 4096 => $"0x{n:x}",
        _ => argument.ToString() ?? "",
    };
}

public sealed record VmoCreate(ulong Size, uint Options) : Syscall
{
    public override string Name => "zx_vmo_create";
    public override IEnumerable<object> Arguments() => [Size, Options];
}

/// <summary>zx_vmo_create_contiguous(bti, size, alignment_log2): a VMO of physically contiguous, committed pages.</summary>
public sealed record VmoCreateContiguous(uint Bti, ulong Size, uint AlignmentLog2) : Syscall
{
    public override string Name => "zx_vmo_create_contiguous";
    public override IEnumerable<object> Arguments() => [Bti, Size, AlignmentLog2];
}

/// <summary>zx_vmo_create_physical(resource, paddr, size): a VMO over a fixed physical range (not RAM frames).</summary>
public sealed record VmoCreatePhysical(uint Resource, ulong Paddr, ulong Size) : Syscall
{
    public override string Name => "zx_vmo_create_physical";
    public override IEnumerable<object> Arguments() => [Resource, Paddr, Size];
}

public sealed record PortCreate(uint Options) : Syscall
{
    public override string Name => "zx_port_create";
    public override IEnumerable<object> Arguments() => [Options];
}

public sealed record PagerCreate(uint Options) : Syscall
{
    public override string Name => "zx_pager_create";
    public override IEnumerable<object> Arguments() => [Options];
}

public sealed record PagerCreateVmo(uint Pager, uint Options, uint Port, ulong Key, ulong Size) : Syscall
{
    public override string Name => "zx_pager_create_vmo";
    public override IEnumerable<object> Arguments() => [Pager, Options, Port, Key, Size];
}

public sealed record VmoRead(uint Vmo, ulong Offset, ulong Length) : Syscall
{
    public override string Name => "zx_vmo_read";
    public override IEnumerable<object> Arguments() => [Vmo, Offset, Length];
}

public sealed record VmoWrite(uint Vmo, ulong Offset, ByteString Data) : Syscall
{
    public override string Name => "zx_vmo_write";
    public override IEnumerable<object> Arguments() => [Vmo, Offset, Data];
}

public sealed record VmoGetSize(uint Vmo) : Syscall
{
    public override string Name => "zx_vmo_get_size";
    public override IEnumerable<object> Arguments() => [Vmo];
}

public sealed record VmoSetSize(uint Vmo, ulong Size) : Syscall
{
    public override string Name => "zx_vmo_set_size";
    public override IEnumerable<object> Arguments() => [Vmo, Size];
}

/// <summary>zx_vmo_op_range; the LOCK buffer is always large enough (the scenario form has no buffer).</summary>
public sealed record VmoOpRange(uint Vmo, uint Op, ulong Offset, ulong Size) : Syscall
{
    public override string Name => "zx_vmo_op_range";
    public override IEnumerable<object> Arguments() => [Vmo, Op, Offset, Size];
}

public sealed record VmoCreateChild(uint Vmo, uint Options, ulong Offset, ulong Size) : Syscall
{
    public override string Name => "zx_vmo_create_child";
    public override IEnumerable<object> Arguments() => [Vmo, Options, Offset, Size];
}

public sealed record VmoTransferData(uint Dst, uint Options, ulong Offset, ulong Length, uint Src, ulong SrcOffset) : Syscall
{
    public override string Name => "zx_vmo_transfer_data";
    public override IEnumerable<object> Arguments() => [Dst, Options, Offset, Length, Src, SrcOffset];
}

public sealed record HandleDuplicate(uint Handle, uint Rights) : Syscall
{
    public override string Name => "zx_handle_duplicate";
    public override IEnumerable<object> Arguments() => [Handle, Rights];
}

public sealed record HandleReplace(uint Handle, uint Rights) : Syscall
{
    public override string Name => "zx_handle_replace";
    public override IEnumerable<object> Arguments() => [Handle, Rights];
}

public sealed record HandleClose(uint Handle) : Syscall
{
    public override string Name => "zx_handle_close";
    public override IEnumerable<object> Arguments() => [Handle];
}

public sealed record BtiPin(uint Bti, uint Options, uint Vmo, ulong Offset, ulong Size) : Syscall
{
    public override string Name => "zx_bti_pin";
    public override IEnumerable<object> Arguments() => [Bti, Options, Vmo, Offset, Size];
}

public sealed record PmtUnpin(uint Pmt) : Syscall
{
    public override string Name => "zx_pmt_unpin";
    public override IEnumerable<object> Arguments() => [Pmt];
}

public sealed record VmarMap(uint Vmar, uint Options, ulong VmarOffset, uint Vmo, ulong VmoOffset, ulong Length) : Syscall
{
    public override string Name => "zx_vmar_map";
    public override IEnumerable<object> Arguments() => [Vmar, Options, VmarOffset, Vmo, VmoOffset, Length];
}

public sealed record VmarUnmap(uint Vmar, ulong Address, ulong Length) : Syscall
{
    public override string Name => "zx_vmar_unmap";
    public override IEnumerable<object> Arguments() => [Vmar, Address, Length];
}

public sealed record ObjectGetInfo(uint Handle, uint Topic) : Syscall
{
    public override string Name => "zx_object_get_info";
    public override IEnumerable<object> Arguments() => [Handle, Topic];
}

/// <summary>Control call: run the reclaimer at a pressure level until nothing more may be reclaimed.</summary>
public sealed record Reclaim(PressureLevel Level) : Syscall
{
    public override string Name => "reclaim";
    public override bool IsControl => true;
    public override IEnumerable<object> Arguments() => [Level];
}

/// <summary>Control call: from now on physical memory has exactly this many free frames.</summary>
public sealed record SetFreeFrames(ulong Count) : Syscall
{
    public override string Name => "set_free_frames";
    public override bool IsControl => true;
    public override IEnumerable<object> Arguments() => [Count];
}

/// <summary>Control call: a load through the current process's mappings.</summary>
public sealed record MemRead(ulong Address, ulong Length) : Syscall
{
    public override string Name => "mem_read";
    public override bool IsControl => true;
    public override IEnumerable<object> Arguments() => [Address, Length];
}

/// <summary>Control call: a store through the current process's mappings.</summary>
public sealed record MemWrite(ulong Address, ByteString Data) : Syscall
{
    public override string Name => "mem_write";
    public override bool IsControl => true;
    public override IEnumerable<object> Arguments() => [Address, Data];
}

/// <summary>Control call: a new empty process; its value is the process's koid.</summary>
public sealed record ProcessCreate : Syscall
{
    public override string Name => "process_create";
    public override bool IsControl => true;
    public override IEnumerable<object> Arguments() => [];
}
