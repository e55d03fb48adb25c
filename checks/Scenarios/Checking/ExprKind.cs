namespace VmoKernel.Checks.Scenarios.Checking;

/// <summary>What an expression is known to produce before running; <see cref="Unknown"/> when it depends on a call's value.</summary>
public enum ExprKind
{
    Unknown,
    Integer,
    Bytes,
    Record,
    List,

    /// <summary><c>_</c>, which matches anything.</summary>
    Wildcard,
}
