using System.Collections.Immutable;
using System.Text;
using VmoKernel.Checks.Scenarios.Checking;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// Turns a scenario file into <see cref="ScenarioDefinition"/>s and reports every static error as
/// <c>file:line: message</c>: lexical and syntax errors line by line, block structure
/// (<c>scenario</c> ... <c>end</c>), and, for each block whose lines all parsed, the checker's
/// errors (names, calls, argument counts, statuses). Never throws for bad input.
/// </summary>
public static class ScenarioParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="Cli.InputException">The file is not a bounded regular text file (<see cref="Cli.InputFile"/>).</exception>
    public static ScenarioDocument ParseFile(string path, string displayPath) =>
        Parse(displayPath, Cli.InputFile.ReadBytes(path, displayPath));

    public static ScenarioDocument Parse(string file, ReadOnlySpan<byte> content)
    {
        var builder = new DocumentBuilder(file);
        var lines = SplitLines(content);
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            string text;
            try
            {
                text = StrictUtf8.GetString(lines[i]);
            }
            catch (DecoderFallbackException)
            {
                builder.LineFailed(number, "the line is not valid UTF-8");
                continue;
            }

            if (number == 1 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            try
            {
                builder.Add(number, LineParser.Parse(text, number));
            }
            catch (SyntaxException e)
            {
                builder.LineFailed(number, e.Message);
            }
        }

        return builder.Finish();
    }

    private static List<byte[]> SplitLines(ReadOnlySpan<byte> content)
    {
        var lines = new List<byte[]>();
        while (true)
        {
            var newline = content.IndexOf((byte)'\n');
            if (newline < 0)
            {
                lines.Add(content.ToArray());
                return lines;
            }

            lines.Add(content[..newline].ToArray());
            content = content[(newline + 1)..];
        }
    }

    /// <summary>Assembles lines into blocks while collecting diagnostics in line order.</summary>
    private sealed class DocumentBuilder(string file)
    {
        private readonly List<ScenarioDiagnostic> _diagnostics = [];
        private readonly ImmutableArray<ScenarioDefinition>.Builder _scenarios = ImmutableArray.CreateBuilder<ScenarioDefinition>();
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private OpenBlock? _open;

        public void LineFailed(int line, string message)
        {
            Error(line, message);
            _open?.MarkBroken();
        }

        public void Add(int line, ScenarioLine? parsed)
        {
            switch (parsed)
            {
                case null:
                    return;
                case ScenarioOpenLine open:
                    Open(line, open.Name);
                    return;
                case SourceLine source:
                    AddSource(line, source.Text);
                    return;
                case EndLine:
                    Close(line);
                    return;
                case StatementLine when _open is null:
                    Error(line, "statement outside a scenario (put it between 'scenario \"name\"' and 'end')");
                    return;
                case StatementLine statement:
                    _open!.Statements.Add(statement.Statement);
                    return;
            }
        }

        public ScenarioDocument Finish()
        {
            if (_open is not null)
            {
                Error(_open.Line, $"scenario \"{_open.Name}\" has no 'end'");
                _open = null;
            }

            if (_scenarios.Count == 0 && _diagnostics.Count == 0)
            {
                Error(1, "no scenario in this file");
            }

            var ordered = _diagnostics.OrderBy(d => d.Line).ToImmutableArray();
            return new ScenarioDocument(file, _scenarios.ToImmutable(), ordered);
        }

        private void Open(int line, string name)
        {
            if (_open is not null)
            {
                Error(line, $"'scenario' inside scenario \"{_open.Name}\" (line {_open.Line} has no 'end')");
                _open = null;
            }

            if (name.Length == 0)
            {
                Error(line, "a scenario's name may not be empty");
            }
            else if (_names.TryGetValue(name, out var earlier))
            {
                Error(line, $"a scenario named \"{name}\" already exists on line {earlier}");
            }
            else
            {
                _names[name] = line;
            }

            _open = new OpenBlock(line, name);
        }

        private void AddSource(int line, string text)
        {
            if (_open is null)
            {
                Error(line, "'source' outside a scenario");
            }
            else if (_open.Source is not null)
            {
                Error(line, $"scenario \"{_open.Name}\" already has a source");
            }
            else
            {
                _open.Source = text;
            }
        }

        private void Close(int line)
        {
            if (_open is null)
            {
                Error(line, "'end' without a matching 'scenario'");
                return;
            }

            var block = _open;
            _open = null;
            if (block.Statements.Count == 0 && !block.Broken)
            {
                Error(block.Line, $"scenario \"{block.Name}\" has no statements");
                return;
            }

            if (block.Broken)
            {
                return;
            }

            var definition = new ScenarioDefinition(file, block.Name, block.Line, block.Source, [.. block.Statements]);
            var problems = ScenarioChecker.Check(definition);
            foreach (var problem in problems)
            {
                Error(problem.Line, problem.Message);
            }

            if (problems.Count == 0)
            {
                _scenarios.Add(definition);
            }
        }

        private void Error(int line, string message) => _diagnostics.Add(new ScenarioDiagnostic(file, line, message));
    }

    private sealed class OpenBlock(int line, string name)
    {
        public int Line { get; } = line;

        public string Name { get; } = name;

        public string? Source { get; set; }

        public List<Statement> Statements { get; } = [];

        public bool Broken { get; private set; }

        public void MarkBroken() => Broken = true;
    }
}
