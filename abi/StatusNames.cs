using System.Collections.Frozen;

namespace VmoKernel.Abi;

/// <summary>The scenario name and numeric ABI value of every <see cref="Status"/>.</summary>
public static class StatusNames
{
    private static readonly (Status Status, string Name, int Value)[] Table =
    [
        (Status.ZxOk, "ZX_OK", 0),
        (Status.ZxErrInternal, "ZX_ERR_INTERNAL", -1),
        (Status.ZxErrNotSupported, "ZX_ERR_NOT_SUPPORTED", -2),
        (Status.ZxErrNoResources, "ZX_ERR_NO_RESOURCES", -3),
        (Status.ZxErrNoMemory, "ZX_ERR_NO_MEMORY", -4),
        (Status.ZxErrInvalidArgs, "ZX_ERR_INVALID_ARGS", -10),
        (Status.ZxErrBadHandle, "ZX_ERR_BAD_HANDLE", -11),
        (Status.ZxErrWrongType, "ZX_ERR_WRONG_TYPE", -12),
        (Status.ZxErrBadSyscall, "ZX_ERR_BAD_SYSCALL", -13),
        (Status.ZxErrOutOfRange, "ZX_ERR_OUT_OF_RANGE", -14),
        (Status.ZxErrBufferTooSmall, "ZX_ERR_BUFFER_TOO_SMALL", -15),
        (Status.ZxErrBadState, "ZX_ERR_BAD_STATE", -20),
        (Status.ZxErrTimedOut, "ZX_ERR_TIMED_OUT", -21),
        (Status.ZxErrShouldWait, "ZX_ERR_SHOULD_WAIT", -22),
        (Status.ZxErrCanceled, "ZX_ERR_CANCELED", -23),
        (Status.ZxErrPeerClosed, "ZX_ERR_PEER_CLOSED", -24),
        (Status.ZxErrNotFound, "ZX_ERR_NOT_FOUND", -25),
        (Status.ZxErrAlreadyExists, "ZX_ERR_ALREADY_EXISTS", -26),
        (Status.ZxErrAlreadyBound, "ZX_ERR_ALREADY_BOUND", -27),
        (Status.ZxErrUnavailable, "ZX_ERR_UNAVAILABLE", -28),
        (Status.ZxErrAccessDenied, "ZX_ERR_ACCESS_DENIED", -30),
        (Status.ZxErrIo, "ZX_ERR_IO", -40),
        (Status.Ok, "OK", 0),
        (Status.Eperm, "EPERM", 1),
        (Status.Enoent, "ENOENT", 2),
        (Status.Esrch, "ESRCH", 3),
        (Status.Eintr, "EINTR", 4),
        (Status.Eio, "EIO", 5),
        (Status.E2big, "E2BIG", 7),
        (Status.Ebadf, "EBADF", 9),
        (Status.Eagain, "EAGAIN", 11),
        (Status.Enomem, "ENOMEM", 12),
        (Status.Eacces, "EACCES", 13),
        (Status.Efault, "EFAULT", 14),
        (Status.Ebusy, "EBUSY", 16),
        (Status.Eexist, "EEXIST", 17),
        (Status.Einval, "EINVAL", 22),
        (Status.Enospc, "ENOSPC", 28),
        (Status.Erange, "ERANGE", 34),
        (Status.Enosys, "ENOSYS", 38),
        (Status.Eopnotsupp, "EOPNOTSUPP", 95),
        (Status.Estale, "ESTALE", 116),
        (Status.Enotty, "ENOTTY", 25),
        (Status.Epipe, "EPIPE", 32),
        (Status.Fault, "FAULT", 0),
        (Status.Sigbus, "SIGBUS", 7),
        (Status.Sigsegv, "SIGSEGV", 11),
        (Status.Blocked, "BLOCKED", -1),
    ];

    private static readonly FrozenDictionary<string, Status> ByName =
        Table.ToFrozenDictionary(row => row.Name, row => row.Status, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Status, (string Name, int Value)> ByStatus =
        Table.ToFrozenDictionary(row => row.Status, row => (row.Name, row.Value));

    /// <summary>All statuses with their names, in declaration order.</summary>
    public static IEnumerable<(Status Status, string Name)> All => Table.Select(row => (row.Status, row.Name));

    /// <summary>The name a scenario writes, e.g. <c>ZX_ERR_BAD_STATE</c>.</summary>
    public static string Name(Status status) => ByStatus[status].Name;

    /// <summary>The numeric value: the zx_status_t for Zircon statuses, the errno or signal number otherwise.</summary>
    public static int Value(Status status) => ByStatus[status].Value;

    public static bool TryParse(string name, out Status status) => ByName.TryGetValue(name, out status);

    /// <summary>True for ZX_OK and OK.</summary>
    public static bool IsSuccess(Status status) => status is Status.ZxOk or Status.Ok;
}
