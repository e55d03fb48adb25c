namespace VmoKernel.Checks.Cli;

/// <summary>The CLI's typed exit codes (architecture.md, "checks/").</summary>
public static class ExitCode
{
    /// <summary>Everything ran and passed.</summary>
    public const int Ok = 0;

    /// <summary>A bug was found or a check failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage or bad input: a missing file, malformed JSON or scenario, an unknown name.</summary>
    public const int UsageOrInput = 2;

    /// <summary>The tool itself broke.</summary>
    public const int Internal = 3;

    /// <summary>A saved failing schedule replayed without failing (the bug was fixed, or the schedule no longer applies).</summary>
    public const int NoLongerFails = 4;
}
