using Dalhaengi.SampleHost.Infrastructure;
using Spectre.Console;

namespace Dalhaengi.SampleHost.MainJob;

/// <summary>Writes titled tables: Spectre.Console tables on a terminal, plain tab-separated lines when redirected.</summary>
internal sealed class SummaryWriter(HostConsole io, IAnsiConsole console)
{
    public void Heading(string text)
    {
        if (io.OutIsTerminal)
        {
            console.Write(new Rule(Markup.Escape(text)).LeftJustified());
        }
        else
        {
            io.Out.WriteLine();
            io.Out.WriteLine("## " + text);
        }
    }

    public void Line(string text) => io.Out.WriteLine(text);

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] rightAligned)
    {
        if (!io.OutIsTerminal)
        {
            io.Out.WriteLine(string.Join('\t', headers));
            foreach (var row in rows)
            {
                io.Out.WriteLine(string.Join('\t', row));
            }

            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(headers[i]));
            table.AddColumn(rightAligned.Contains(i) ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        console.Write(table);
    }
}
