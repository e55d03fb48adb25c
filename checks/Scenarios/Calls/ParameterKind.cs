namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>The C type of a call parameter, which decides how a scenario value is converted for it.</summary>
public enum ParameterKind
{
    /// <summary>zx_handle_t: 32 bits; a larger value is an error in the scenario.</summary>
    Handle,

    /// <summary>A 32-bit word: options, rights, an op code, an info topic.</summary>
    Word32,

    /// <summary>A 64-bit word: offsets, sizes, addresses, counts.</summary>
    Word64,

    /// <summary>A buffer the call reads: a byte expression.</summary>
    Bytes,

    /// <summary>A pressure level, written as its name: NORMAL, WARNING, CRITICAL, ALMOST_OOM or OOM.</summary>
    Level,

    /// <summary>An array the call reads, written as a list (process_getinfo's procs, process_madvise's iovec).</summary>
    List,
}
