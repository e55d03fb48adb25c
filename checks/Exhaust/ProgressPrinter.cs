using System.Diagnostics;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// Shows a running search's progress: on a terminal one line rewritten every second, when redirected a
/// plain line every ten seconds (so logs stay readable). Disposing it clears the terminal line.
/// </summary>
public sealed class ProgressPrinter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly Func<TimeSpan, ExhaustProgress> _read;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private int _width;
    private bool _stopped;

    public ProgressPrinter(TextWriter writer, bool terminal, Func<TimeSpan, ExhaustProgress> read)
    {
        _writer = writer;
        _terminal = terminal;
        _read = read;
        var period = TimeSpan.FromSeconds(terminal ? 1 : 10);
        _timer = new Timer(_ => Print(), null, period, period);
    }

    private void Print()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var line = _read(_clock.Elapsed).ToString();
            if (_terminal)
            {
                _writer.Write("\r" + line.PadRight(_width));
                _width = line.Length;
            }
            else
            {
                _writer.WriteLine(line);
            }

            _writer.Flush();
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _stopped = true;
            if (_terminal && _width > 0)
            {
                _writer.Write("\r" + new string(' ', _width) + "\r");
                _writer.Flush();
            }
        }
    }
}
