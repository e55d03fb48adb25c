namespace VmoKernel.Abi;

/// <summary>
/// The Linux surface's constants, x86-64 values (scenario-language.md, "Linux surface"). MADV_VOLATILE
/// and MADV_NONVOLATILE are the project's values for the never-merged 2014 proposal (L-7): v14 used
/// 18 and 19, since taken by MADV_WIPEONFORK and MADV_KEEPONFORK.
/// </summary>
public static class LinuxConstants
{
    public const uint ProtNone = 0, ProtRead = 1, ProtWrite = 2, ProtExec = 4;

    public const uint MapShared = 0x1, MapPrivate = 0x2, MapDroppable = 0x8, MapType = 0xf, MapFixed = 0x10, MapAnonymous = 0x20,
        MapGrowsDown = 0x100, MapLocked = 0x2000, MapNoReserve = 0x4000, MapHugeTlb = 0x40000;

    public const uint MadvNormal = 0, MadvRandom = 1, MadvSequential = 2, MadvWillNeed = 3, MadvDontNeed = 4, MadvFree = 8,
        MadvDontFork = 10, MadvDoFork = 11, MadvDontDump = 16, MadvDoDump = 17, MadvWipeOnFork = 18, MadvKeepOnFork = 19,
        MadvCold = 20, MadvPageOut = 21, MadvVolatile = 200, MadvNonVolatile = 201;

    public const uint MclCurrent = 1, MclFuture = 2, MclOnFault = 4;

    public const uint ONonBlock = 0x800, OCloexec = 0x80000, PidfdNonBlock = 0x800;

    public const uint SigKill = 9;

    public const uint CapSysPtrace = 19, CapSysNice = 23;

    public const uint UffdUserModeOnly = 1;
    public const ulong UffdApi = 0xaa, UffdApiIoctls = 0x8000000000000003;
    public const ulong UffdFeatureEventFork = 0x2, UffdFeatureSigbus = 0x80, UffdFeatureExactAddress = 0x800;

    /// <summary>The features the model implements, which UFFDIO_API reports (L-12).</summary>
    public const ulong UffdFeaturesModelled = UffdFeatureSigbus | UffdFeatureExactAddress;

    /// <summary>Every feature bit of 6.13's UFFD_API_FEATURES (bits 0..15 and 17); an unknown bit is EINVAL.</summary>
    public const ulong UffdFeaturesKnown = 0x2ffff;

    public const ulong UffdioRegisterModeMissing = 1, UffdioRegisterModeWp = 2, UffdioRegisterModeMinor = 4;
    public const ulong UffdioCopyModeDontWake = 1, UffdioCopyModeWp = 2, UffdioZeropageModeDontWake = 1;

    /// <summary>REGISTER's ioctls: _UFFDIO_WAKE | _UFFDIO_COPY | _UFFDIO_ZEROPAGE (bits 2, 3, 4) (L-12).</summary>
    public const ulong UffdRangeIoctls = 0x1c;

    public const ulong UffdEventPagefault = 0x12, UffdPagefaultFlagWrite = 1;

    /// <summary>x86-64's TASK_SIZE with 4-level paging: user addresses lie below it.</summary>
    public const ulong TaskSize = 0x0000_7fff_ffff_f000;

    /// <summary>UIO_MAXIOV: process_madvise's largest vector.</summary>
    public const int UioMaxIov = 1024;

    /// <summary>The names a scenario writes (fed to <see cref="KernelConstants"/>). MADV_WILLNEED, MADV_DONTNEED and MADV_COLD are there already (seed 004).</summary>
    internal static readonly (string Name, ulong Value)[] Table =
    [
        ("PROT_NONE", ProtNone), ("PROT_READ", ProtRead), ("PROT_WRITE", ProtWrite), ("PROT_EXEC", ProtExec),
        ("MAP_SHARED", MapShared), ("MAP_PRIVATE", MapPrivate), ("MAP_DROPPABLE", MapDroppable), ("MAP_FIXED", MapFixed),
        ("MAP_ANONYMOUS", MapAnonymous), ("MAP_GROWSDOWN", MapGrowsDown), ("MAP_LOCKED", MapLocked),
        ("MAP_NORESERVE", MapNoReserve), ("MAP_HUGETLB", MapHugeTlb),
        ("MADV_NORMAL", MadvNormal), ("MADV_RANDOM", MadvRandom), ("MADV_SEQUENTIAL", MadvSequential),
        ("MADV_FREE", MadvFree), ("MADV_DONTFORK", MadvDontFork), ("MADV_DOFORK", MadvDoFork),
        ("MADV_DONTDUMP", MadvDontDump), ("MADV_DODUMP", MadvDoDump), ("MADV_WIPEONFORK", MadvWipeOnFork),
        ("MADV_KEEPONFORK", MadvKeepOnFork), ("MADV_PAGEOUT", MadvPageOut),
        ("MADV_VOLATILE", MadvVolatile), ("MADV_NONVOLATILE", MadvNonVolatile),
        ("MCL_CURRENT", MclCurrent), ("MCL_FUTURE", MclFuture), ("MCL_ONFAULT", MclOnFault),
        ("O_NONBLOCK", ONonBlock), ("O_CLOEXEC", OCloexec), ("PIDFD_NONBLOCK", PidfdNonBlock),
        ("SIGKILL", SigKill), ("CAP_SYS_NICE", CapSysNice), ("CAP_SYS_PTRACE", CapSysPtrace),
        ("UFFD_USER_MODE_ONLY", UffdUserModeOnly), ("UFFD_API", UffdApi), ("UFFD_API_IOCTLS", UffdApiIoctls),
        ("UFFD_FEATURE_EVENT_FORK", UffdFeatureEventFork), ("UFFD_FEATURE_SIGBUS", UffdFeatureSigbus),
        ("UFFD_FEATURE_EXACT_ADDRESS", UffdFeatureExactAddress),
        ("UFFDIO_REGISTER_MODE_MISSING", UffdioRegisterModeMissing), ("UFFDIO_REGISTER_MODE_WP", UffdioRegisterModeWp),
        ("UFFDIO_REGISTER_MODE_MINOR", UffdioRegisterModeMinor), ("UFFDIO_COPY_MODE_DONTWAKE", UffdioCopyModeDontWake),
        ("UFFDIO_COPY_MODE_WP", UffdioCopyModeWp),
        ("UFFDIO_ZEROPAGE_MODE_DONTWAKE", UffdioZeropageModeDontWake),
        ("UFFD_EVENT_PAGEFAULT", UffdEventPagefault), ("UFFD_PAGEFAULT_FLAG_WRITE", UffdPagefaultFlagWrite),
    ];
}
