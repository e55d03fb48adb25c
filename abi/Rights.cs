namespace VmoKernel.Abi;

/// <summary>Handle rights (zircon/rights.h values).</summary>
[Flags]
public enum Rights : uint
{
    None = 0,
    Duplicate = 1u << 0,
    Transfer = 1u << 1,
    Read = 1u << 2,
    Write = 1u << 3,
    Execute = 1u << 4,
    Map = 1u << 5,
    GetProperty = 1u << 6,
    SetProperty = 1u << 7,
    Enumerate = 1u << 8,
    Destroy = 1u << 9,
    SetPolicy = 1u << 10,
    GetPolicy = 1u << 11,
    Signal = 1u << 12,
    SignalPeer = 1u << 13,
    Wait = 1u << 14,
    Inspect = 1u << 15,
    ManageJob = 1u << 16,
    ManageProcess = 1u << 17,
    ManageThread = 1u << 18,
    ApplyProfile = 1u << 19,
    ManageSocket = 1u << 20,
    OpChildren = 1u << 21,
    Resize = 1u << 22,
    Attach = 1u << 23,
    ManageVmo = 1u << 24,
    SameRights = 1u << 31,

    Basic = Transfer | Duplicate | Wait | Inspect,
    Io = Read | Write,
    Property = GetProperty | SetProperty,

    /// <summary>Rights of a new VMO handle (ZX_DEFAULT_VMO_RIGHTS); a resizable VMO also gets <see cref="Resize"/>.</summary>
    DefaultVmo = Basic | Io | Property | Map | Signal,
    DefaultVmar = Basic | Io | Map | Execute,
    DefaultBti = Basic | Io | Map,
    DefaultPmt = Inspect,
    DefaultPager = Basic | Inspect | Attach | ManageVmo,
    DefaultPort = Basic | Io,
    DefaultProcess = Basic | Io | Property | Enumerate | Destroy | Signal | ManageProcess | ManageThread,
    DefaultResource = Basic | Enumerate,
}
