using System.Text;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>Minimal RFC 4180 CSV: quote a field when needed, read records with their line numbers.</summary>
internal static class Csv
{
    public const string NewLine = "\r\n";

    public static string Field(string? value)
    {
        value ??= string.Empty;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Line(params string?[] fields) => string.Join(',', fields.Select(Field)) + NewLine;

    /// <summary>Reads every record; each comes with the line it starts on (1-based).</summary>
    public static List<(int Line, string[] Fields)> Read(TextReader reader, string source)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((start, fields.ToArray()));
                    fields.Clear();
                    any = false;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (quoted)
        {
            throw new Infrastructure.BadInputException($"{source}:{start}: a quoted field is not closed");
        }

        if (any)
        {
            fields.Add(field.ToString());
            records.Add((start, fields.ToArray()));
        }

        return records;
    }
}
