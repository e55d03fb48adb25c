namespace VmoKernel.Abi;

/// <summary>
/// Every outcome a call can have: Zircon statuses (ZX_OK, ZX_ERR_*), the plain OK of control and
/// Linux-style calls, Linux errno names, and the faults of a memory access.
/// <see cref="StatusNames"/> maps each to the name a scenario writes and to its numeric ABI value.
/// </summary>
public enum Status
{
    ZxOk,
    ZxErrInternal,
    ZxErrNotSupported,
    ZxErrNoResources,
    ZxErrNoMemory,
    ZxErrInvalidArgs,
    ZxErrBadHandle,
    ZxErrWrongType,
    ZxErrBadSyscall,
    ZxErrOutOfRange,
    ZxErrBufferTooSmall,
    ZxErrBadState,
    ZxErrTimedOut,
    ZxErrShouldWait,
    ZxErrCanceled,
    ZxErrPeerClosed,
    ZxErrNotFound,
    ZxErrAlreadyExists,
    ZxErrAlreadyBound,
    ZxErrUnavailable,
    ZxErrAccessDenied,
    ZxErrIo,

    /// <summary>Success of a control call or a Linux-style call.</summary>
    Ok,
    Eperm,
    Enoent,
    Esrch,
    Eintr,
    Eio,
    E2big,
    Ebadf,
    Eagain,
    Enomem,
    Eacces,
    Efault,
    Ebusy,
    Eexist,
    Einval,
    Enospc,
    Erange,
    Enosys,
    Eopnotsupp,
    Estale,
    Enotty,
    Epipe,

    /// <summary>A Zircon memory access through a mapping faulted (an exception, not a status).</summary>
    Fault,
    Sigbus,
    Sigsegv,

    /// <summary>
    /// Not an outcome: the model's marker for a call that blocked (L-18). It never reaches a scenario, whose
    /// status families exclude it: the IKernel adapter turns it into a call that has not finished yet.
    /// </summary>
    Blocked,
}
