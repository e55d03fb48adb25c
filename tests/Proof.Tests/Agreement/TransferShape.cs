namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>How the scenario shapes a transfer_data call (the first three are drawn uniformly).</summary>
public enum TransferShape
{
    /// <summary>Arguments drawn independently: mostly the early INVALID_ARGS, BAD_HANDLE, OUT_OF_RANGE.</summary>
    Random = 0,

    /// <summary>Aligned, in range, two distinct VMOs with READ|WRITE, a source with no parent or children, few pins.</summary>
    WellFormed = 1,

    /// <summary>Well-formed but for one late check: a pin in either range, or a destination range past its end.</summary>
    FailsLate = 2,

    /// <summary>The call is not a transfer.</summary>
    None = 3,
}
