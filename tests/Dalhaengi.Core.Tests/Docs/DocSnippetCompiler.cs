using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dalhaengi.Core.Tests.Docs;

/// <summary>
/// Compiles doc snippets with Roslyn against the library and the packages the test project references, the way a
/// user's project would see them: nullable on, the SDK's implicit usings (<c>System</c>, <c>System.IO</c>,
/// <c>System.Linq</c>, …) and nothing else, so a snippet must show every other <c>using</c> line. <c>#line</c>
/// directives point each diagnostic at the doc's own line.
/// </summary>
internal static class DocSnippetCompiler
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;

        """;

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    /// <summary>Builds the source of one compilation unit: the snippets of <paramref name="unit"/>, shaped by the first one's context.</summary>
    public static string Source(IReadOnlyList<(DocSnippet Snippet, SnippetContext Context)> unit)
    {
        var context = unit[0].Context;
        var source = new StringBuilder();
        foreach (var u in unit.SelectMany(s => s.Snippet.Usings).Distinct(StringComparer.Ordinal))
        {
            source.Append(u).Append('\n');
        }

        var body = new StringBuilder();
        foreach (var (snippet, _) in unit)
        {
            body.Append(CultureInfo.InvariantCulture, $"#line {snippet.CodeLine} \"{snippet.Doc}\"\n").Append(snippet.Code).Append("\n#line default\n");
        }

        if (context.Shape == SnippetShape.Statements)
        {
            source.Append("internal static class DocSnippet\n{\n")
                .Append(CultureInfo.InvariantCulture, $"    internal static void Run({context.Parameters})\n    {{\n")
                .Append(body)
                .Append("    }\n}\n");
        }
        else
        {
            source.Append(body);
        }

        return source.ToString();
    }

    /// <summary>Compiles <paramref name="source"/>; the compilation, its errors and warnings, and the image when it compiled.</summary>
    public static (CSharpCompilation Compilation, IReadOnlyList<Diagnostic> Problems, byte[]? Image) Compile(string name, string source, SnippetShape shape)
    {
        var options = new CSharpCompilationOptions(shape == SnippetShape.Program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "GlobalUsings.g.cs"), CSharpSyntaxTree.ParseText(source, parse, name + ".cs", Encoding.UTF8)],
            References.Value,
            options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        // A using line the snippet does not need (CS8019, hidden by default) would teach a reader a wrong namespace.
        var unused = compilation.GetDiagnostics()
            .Where(d => d.Id == "CS8019" && d.Location.SourceTree?.FilePath == name + ".cs");
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Concat(unused).ToList();
        return (compilation, problems, result.Success && problems.Count == 0 ? image.ToArray() : null);
    }

    /// <summary>Runs a compiled unit in its own load context and returns what it printed.</summary>
    public static string Run(byte[] image, SnippetContext context, string root)
    {
        var load = new AssemblyLoadContext("doc-snippet", isCollectible: true);
        try
        {
            var assembly = load.LoadFromStream(new MemoryStream(image));
            MethodInfo method;
            object?[] arguments;
            if (context.Shape == SnippetShape.Program)
            {
                method = assembly.EntryPoint ?? throw new InvalidOperationException("the program has no entry point");
                arguments = method.GetParameters().Length == 0 ? [] : [Array.Empty<string>()];
            }
            else
            {
                method = assembly.GetType("DocSnippet", throwOnError: true)!.GetMethod("Run", BindingFlags.Static | BindingFlags.NonPublic)!;
                arguments = context.Arguments?.Invoke(root) ?? [];
            }

            return Printed(() => method.Invoke(null, arguments));
        }
        finally
        {
            load.Unload();
        }
    }

    private static readonly Lock ConsoleLock = new();

    // Console is process-wide; the lock keeps two snippet runs from printing into each other's capture.
    private static string Printed(Action run)
    {
        lock (ConsoleLock)
        {
            var previous = Console.Out;
            using var captured = new StringWriter();
            Console.SetOut(captured);
            try
            {
                run();
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw new InvalidOperationException($"the snippet threw {e.InnerException.GetType().Name}: {e.InnerException.Message}\nprinted so far:\n{captured}", e.InnerException);
            }
            finally
            {
                Console.SetOut(previous);
            }

            return captured.ToString();
        }
    }

    // The runtime's own assemblies plus everything next to the test (the library, NodaTime, the DI and hosting packages).
    private static MetadataReference[] LoadReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return [.. trusted.Concat(local)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManaged)
            .Select(p => MetadataReference.CreateFromFile(p))];
    }

    private static bool IsManaged(string path)
    {
        try
        {
            _ = AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
