namespace VmoKernel.Abi;

/// <summary>
/// One method per call record: a kernel implements this to handle every call, and a record added to
/// abi/Syscalls does not compile until its method is here, so it does not compile in a kernel until the
/// kernel handles it. There is no catch-all arm anywhere.
/// </summary>
public interface ISyscallVisitor<in TContext, out TResult>
{
    TResult Visit(VmoCreate call, TContext context);

    TResult Visit(VmoCreateContiguous call, TContext context);

    TResult Visit(VmoCreatePhysical call, TContext context);

    TResult Visit(PortCreate call, TContext context);

    TResult Visit(PagerCreate call, TContext context);

    TResult Visit(PagerCreateVmo call, TContext context);

    TResult Visit(VmoRead call, TContext context);

    TResult Visit(VmoWrite call, TContext context);

    TResult Visit(VmoGetSize call, TContext context);

    TResult Visit(VmoSetSize call, TContext context);

    TResult Visit(VmoOpRange call, TContext context);

    TResult Visit(VmoCreateChild call, TContext context);

    TResult Visit(VmoTransferData call, TContext context);

    TResult Visit(HandleDuplicate call, TContext context);

    TResult Visit(HandleReplace call, TContext context);

    TResult Visit(HandleClose call, TContext context);

    TResult Visit(BtiPin call, TContext context);

    TResult Visit(PmtUnpin call, TContext context);

    TResult Visit(VmarMap call, TContext context);

    TResult Visit(VmarUnmap call, TContext context);

    TResult Visit(ObjectGetInfo call, TContext context);

    TResult Visit(Reclaim call, TContext context);

    TResult Visit(SetFreeFrames call, TContext context);

    TResult Visit(MemRead call, TContext context);

    TResult Visit(MemWrite call, TContext context);

    TResult Visit(ProcessCreate call, TContext context);

    TResult Visit(ProcessGetinfo call, TContext context);

    TResult Visit(ProcessMadvise call, TContext context);

    // The Linux surface (abi/Syscalls/Linux; scenario-language.md, "Linux surface").

    TResult Visit(Mmap call, TContext context);

    TResult Visit(Munmap call, TContext context);

    TResult Visit(Mprotect call, TContext context);

    TResult Visit(Madvise call, TContext context);

    TResult Visit(Mlock call, TContext context);

    TResult Visit(Munlock call, TContext context);

    TResult Visit(Mlockall call, TContext context);

    TResult Visit(Munlockall call, TContext context);

    TResult Visit(Fork call, TContext context);

    TResult Visit(Kill call, TContext context);

    TResult Visit(PidfdOpen call, TContext context);

    TResult Visit(PidfdMadvise call, TContext context);

    TResult Visit(Userfaultfd call, TContext context);

    TResult Visit(UffdioApi call, TContext context);

    TResult Visit(UffdioRegister call, TContext context);

    TResult Visit(UffdioUnregister call, TContext context);

    TResult Visit(UffdioCopy call, TContext context);

    TResult Visit(UffdioZeropage call, TContext context);

    TResult Visit(UffdioWake call, TContext context);

    TResult Visit(UffdRead call, TContext context);

    TResult Visit(Pipe call, TContext context);

    TResult Visit(Close call, TContext context);

    TResult Visit(FdRead call, TContext context);

    TResult Visit(FdWrite call, TContext context);

    TResult Visit(Smaps call, TContext context);

    TResult Visit(ProcStatus call, TContext context);

    TResult Visit(CapDrop call, TContext context);
}
