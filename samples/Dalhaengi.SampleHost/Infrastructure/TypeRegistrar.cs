using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Lets Spectre.Console.Cli register its commands into the generic host's services and build them from the host.
/// </summary>
internal sealed class TypeRegistrar(HostApplicationBuilder builder) : ITypeRegistrar
{
    public ITypeResolver Build() => new TypeResolver(builder.Build());

    public void Register(Type service, Type implementation) => builder.Services.AddSingleton(service, implementation);

    public void RegisterInstance(Type service, object implementation) => builder.Services.AddSingleton(service, implementation);

    public void RegisterLazy(Type service, Func<object> factory) => builder.Services.AddSingleton(service, _ => factory());

    private sealed class TypeResolver(IHost host) : ITypeResolver, IDisposable
    {
        public object? Resolve(Type? type) => type is null ? null : host.Services.GetService(type);

        public void Dispose() => host.Dispose();
    }
}
