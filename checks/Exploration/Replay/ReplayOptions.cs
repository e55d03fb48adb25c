namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// What <see cref="ReplaySession"/> replays and how it shows it: the story, or with <see cref="Actors"/>
/// (or <see cref="Verbose"/>) the step log; <see cref="Diagram"/> a Mermaid file to write; the trace is
/// refused unless from <see cref="Test"/> and recorded with exactly <see cref="ExpectedBugs"/> (null: any).
/// </summary>
public sealed record ReplayOptions(string TracePath, bool Actors, bool Verbose, string? Diagram, bool Force, string? Test, IReadOnlyList<string>? ExpectedBugs);
