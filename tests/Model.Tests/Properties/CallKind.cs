namespace VmoKernel.Tests.Model.Properties;

/// <summary>Which call a <see cref="CallTemplate"/> makes.</summary>
public enum CallKind
{
    Create,
    Write,
    Read,
    GetSize,
    SetSize,
    OpRange,
    CreateChild,
    Transfer,
    Duplicate,
    Replace,
    Close,
    Pin,
    Unpin,
    Map,
    Unmap,
    MemRead,
    MemWrite,
    GetInfo,
    Reclaim,
    SetFreeFrames,
    CreatePager,
    CreatePort,
    CreatePagerVmo,
    CreateContiguous,
    CreatePhysical,
    CreateProcess,
}
