namespace VmoKernel.Abi;

/// <summary>The C type of a call parameter: it decides how a scenario value is converted and how a log shows it.</summary>
public enum ParameterKind
{
    /// <summary>zx_handle_t: 32 bits; a larger value is an error in the scenario.</summary>
    Handle,

    /// <summary>A 32-bit word: options, rights, an op code, an info topic.</summary>
    Word32,

    /// <summary>A 64-bit word: offsets, sizes, addresses, counts, koids.</summary>
    Word64,

    /// <summary>A buffer the call reads: a byte expression.</summary>
    Bytes,

    /// <summary>A pressure level, written as its name: NORMAL, WARNING, CRITICAL, ALMOST_OOM or OOM.</summary>
    Level,

    /// <summary>An array of process koids the call reads (process_getinfo's procs), written as a list.</summary>
    KoidList,

    /// <summary>An array of (addr, len) ranges the call reads (process_madvise's iovec), written as a list of pairs.</summary>
    IoVec,
}
