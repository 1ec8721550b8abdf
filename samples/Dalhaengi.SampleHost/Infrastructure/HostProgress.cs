using Spectre.Console;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Shows a spinner with the step's name on standard error while a step runs, only when standard error is a terminal:
/// redirected output and tests see nothing, so files and captured output stay deterministic.
/// </summary>
internal sealed class HostProgress(HostConsole io)
{
    private readonly IAnsiConsole? _console = io.ErrorIsTerminal
        ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Error) })
        : null;

    public T Step<T>(string label, Func<T> work) =>
        _console is null ? work() : _console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(label), _ => work());

    public async Task<T> StepAsync<T>(string label, Func<Task<T>> work) =>
        _console is null ? await work() : await _console.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(label), _ => work());
}
