namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>One line of a scenario body; <see cref="Line"/> is its 1-based line in the file.</summary>
public abstract record Statement(int Line);

/// <summary><c>[NAME =] CALL(ARGS) => STATUS [VALUE]</c>.</summary>
public sealed record CallStatement(int Line, string? Binding, CallSite Call, Expectation Expectation) : Statement(Line);

/// <summary><c>process NAME</c>: NAME is the current process from the next line on.</summary>
public sealed record ProcessStatement(int Line, string Process) : Statement(Line);

/// <summary><c>spawn T: CALL(ARGS)</c>: start the call on thread T without waiting for it.</summary>
public sealed record SpawnStatement(int Line, string Thread, CallSite Call) : Statement(Line);

/// <summary><c>join T => STATUS [VALUE]</c>: wait for thread T's call and match its result.</summary>
public sealed record JoinStatement(int Line, string Thread, Expectation Expectation) : Statement(Line);
