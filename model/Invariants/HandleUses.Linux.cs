using System.Collections.Immutable;
using VmoKernel.Abi;
using U = VmoKernel.Model.Invariants.HandleUse;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// The Linux calls take no Zircon handles: their descriptors (pidfds, uffds, pipe ends) and addresses are
/// checked by the Linux rules (spec/linux.md), not by handle rights, so no Linux call has a handle use.
/// </summary>
public sealed partial class HandleUses
{
    public ImmutableArray<U> Visit(CapDrop call, Transition t) => [];

    public ImmutableArray<U> Visit(Close call, Transition t) => [];

    public ImmutableArray<U> Visit(FdRead call, Transition t) => [];

    public ImmutableArray<U> Visit(FdWrite call, Transition t) => [];

    public ImmutableArray<U> Visit(Fork call, Transition t) => [];

    public ImmutableArray<U> Visit(Kill call, Transition t) => [];

    public ImmutableArray<U> Visit(Madvise call, Transition t) => [];

    public ImmutableArray<U> Visit(Mlock call, Transition t) => [];

    public ImmutableArray<U> Visit(Mlockall call, Transition t) => [];

    public ImmutableArray<U> Visit(Mmap call, Transition t) => [];

    public ImmutableArray<U> Visit(Mprotect call, Transition t) => [];

    public ImmutableArray<U> Visit(Munlock call, Transition t) => [];

    public ImmutableArray<U> Visit(Munlockall call, Transition t) => [];

    public ImmutableArray<U> Visit(Munmap call, Transition t) => [];

    public ImmutableArray<U> Visit(PidfdMadvise call, Transition t) => [];

    public ImmutableArray<U> Visit(PidfdOpen call, Transition t) => [];

    public ImmutableArray<U> Visit(Pipe call, Transition t) => [];

    public ImmutableArray<U> Visit(ProcStatus call, Transition t) => [];

    public ImmutableArray<U> Visit(Smaps call, Transition t) => [];

    public ImmutableArray<U> Visit(UffdRead call, Transition t) => [];

    public ImmutableArray<U> Visit(UffdioApi call, Transition t) => [];

    public ImmutableArray<U> Visit(UffdioCopy call, Transition t) => [];

    public ImmutableArray<U> Visit(UffdioRegister call, Transition t) => [];

    public ImmutableArray<U> Visit(UffdioUnregister call, Transition t) => [];

    public ImmutableArray<U> Visit(UffdioWake call, Transition t) => [];

    public ImmutableArray<U> Visit(UffdioZeropage call, Transition t) => [];

    public ImmutableArray<U> Visit(Userfaultfd call, Transition t) => [];
}
