namespace VmoKernel.Abi;

/// <summary>Which statuses a call can answer, so an expectation from the wrong family is caught before running.</summary>
public enum StatusFamily
{
    /// <summary>Zircon syscalls: ZX_OK or ZX_ERR_*.</summary>
    Zircon,

    /// <summary>Control calls and Linux-style calls: OK or an errno name.</summary>
    Control,

    /// <summary>Loads and stores through mappings: OK, or FAULT (Zircon) / SIGBUS / SIGSEGV (Linux).</summary>
    MemoryAccess,
}
