using System.Text;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Reads and writes RFC 4180 CSV: comma-separated, fields with a comma, quote or line break in double quotes, quotes
/// doubled. Everything the host writes is UTF-8 with a byte order mark and CRLF line ends, because Excel on a Korean
/// Windows reads a CSV without the mark as CP949 and shows mojibake; every reader accepts input with or without it.
/// </summary>
internal static class Csv
{
    /// <summary>The record separator RFC 4180 prescribes.</summary>
    public const string NewLine = "\r\n";

    /// <summary>The byte order mark, as the first character of text written to a stream that does not add one.</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>UTF-8 that writes the byte order mark at the start of a file.</summary>
    public static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// Re-writes CSV text (for example the library's <c>SeasonReport.ToCsv</c>, which ends lines with LF) record by
    /// record with CRLF line ends, quoting as RFC 4180 requires.
    /// </summary>
    public static string WithCrlf(string text)
    {
        var sb = new StringBuilder();
        foreach (var (_, fields, error) in Read(new StringReader(text)))
        {
            sb.Append(Line(fields ?? throw new InvalidOperationException(error))).Append(NewLine);
        }

        return sb.ToString();
    }

    /// <summary>Writes CSV text to a file as UTF-8 with a byte order mark.</summary>
    public static void WriteFile(string path, string text) => File.WriteAllText(path, text, Utf8WithBom);

    /// <summary>Quotes a field when RFC 4180 requires it.</summary>
    public static string Field(string? value) =>
        (value ??= string.Empty).AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Joins fields into one record (without the line break).</summary>
    public static string Line(params string?[] fields) => string.Join(',', fields.Select(Field));

    /// <summary>
    /// Reads records with the line each starts on. A malformed record (an unclosed quote, text after a closing quote)
    /// is returned with its error instead of fields, so the caller can report every bad line.
    /// </summary>
    public static IEnumerable<(int Line, string[]? Fields, string? Error)> Read(TextReader reader)
    {
        var line = 1;
        while (reader.Peek() >= 0)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? error = null;
            var quoted = false;
            var afterQuote = false;
            while (true)
            {
                var c = reader.Read();
                if (c < 0)
                {
                    error ??= quoted ? "a quoted field is not closed" : null;
                    break;
                }

                if (quoted)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                            afterQuote = true;
                        }
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append((char)c);
                    }

                    continue;
                }

                if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                }
                else if (c == '\r' && reader.Peek() == '\n')
                {
                    continue;
                }
                else if (c == '\n')
                {
                    line++;
                    break;
                }
                else if (c == '"' && field.Length == 0 && !afterQuote)
                {
                    quoted = true;
                }
                else if (afterQuote || c == '"')
                {
                    error ??= "a quote in the middle of a field (quote the whole field and double the quote)";
                    field.Append((char)c);
                }
                else
                {
                    field.Append((char)c);
                }
            }

            fields.Add(field.ToString());
            if (fields is [""] && error is null)
            {
                continue;
            }

            yield return error is null ? (start, fields.ToArray(), null) : (start, null, error);
        }
    }

    /// <summary>Reads every record, or throws one <see cref="BadInputException"/> naming every malformed line.</summary>
    public static List<(int Line, string[] Fields)> ReadAll(TextReader reader, string source)
    {
        var records = new List<(int, string[])>();
        var errors = new List<string>();
        foreach (var (line, fields, error) in Read(reader))
        {
            if (error is not null)
            {
                errors.Add($"{source}:{line}: {error}");
            }
            else
            {
                records.Add((line, fields!));
            }
        }

        return errors.Count == 0 ? records : throw new BadInputException(string.Join(Environment.NewLine, errors));
    }
}
