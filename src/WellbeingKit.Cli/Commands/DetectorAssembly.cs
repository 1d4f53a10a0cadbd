using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Evaluation;
using WellbeingKit.Risk;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>eval risk --detector-assembly</c>: loads an <see cref="IRiskDetector"/> from an assembly built outside this repository
/// (against the WellbeingKit package) and creates it with the services the CLI has.
/// </summary>
/// <remarks>
/// The assembly gets its own <see cref="AssemblyLoadContext"/>, whose dependencies an <see cref="AssemblyDependencyResolver"/>
/// finds from the assembly's <c>.deps.json</c> (or its folder). Every assembly the CLI itself ships (WellbeingKit, the
/// Microsoft.Extensions abstractions, the framework) comes from the CLI's own context, so <see cref="IRiskDetector"/>,
/// <c>ILogger&lt;T&gt;</c> and <c>IOptions&lt;T&gt;</c> are the same types on both sides.
/// </remarks>
internal static class DetectorAssembly
{
    /// <summary>Loads the assembly and creates the detector named <paramref name="name"/>.</summary>
    /// <param name="path">The assembly file.</param>
    /// <param name="name">The detector's class name (short or full) or its <see cref="IRiskDetector.Name"/>; null when the assembly holds one detector.</param>
    /// <param name="services">Where constructor arguments come from.</param>
    /// <returns>The detector.</returns>
    /// <exception cref="EvaluationInputException">The file is missing or not an assembly, holds no detector or several and no matching name, or no constructor can be satisfied.</exception>
    public static IRiskDetector Create(string path, string? name, IServiceProvider services)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new EvaluationInputException($"--detector-assembly: the file '{path}' does not exist.");
        }

        Assembly assembly;
        try
        {
            assembly = new DetectorLoadContext(full).LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException)
        {
            throw new EvaluationInputException($"--detector-assembly: '{path}' is not a .NET assembly.");
        }

        var candidates = DetectorTypes(assembly, path);
        if (candidates.Count == 0)
        {
            throw new EvaluationInputException($"--detector-assembly: '{path}' has no public, non-abstract class implementing {typeof(IRiskDetector).FullName} (from {typeof(IRiskDetector).Assembly.GetName().Name} {typeof(IRiskDetector).Assembly.GetName().Version}).");
        }

        var list = string.Join(", ", candidates.Select(t => t.FullName));
        if (name is null)
        {
            return candidates.Count == 1
                ? Construct(candidates[0], services)
                : throw new EvaluationInputException($"--detector: '{path}' has {candidates.Count} detectors; name one with --detector: {list}.");
        }

        var byType = candidates.Where(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(t.FullName, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byType.Count == 1)
        {
            return Construct(byType[0], services);
        }

        if (byType.Count > 1)
        {
            throw new EvaluationInputException($"--detector: '{name}' names {byType.Count} classes in '{path}'; use the full name: {string.Join(", ", byType.Select(t => t.FullName))}.");
        }

        // Not a class name: the detector's own Name (what it writes in evidence and logs).
        foreach (var type in candidates.Where(t => CanConstruct(t, services)))
        {
            var detector = Construct(type, services);
            if (string.Equals(detector.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return detector;
            }

            switch (detector)
            {
                case IDisposable disposable: disposable.Dispose(); break;
                case IAsyncDisposable asyncDisposable: asyncDisposable.DisposeAsync().AsTask().GetAwaiter().GetResult(); break;
            }
        }

        throw new EvaluationInputException($"--detector: '{path}' has no detector named '{name}'; its detectors are: {list}.");
    }

    private static List<Type> DetectorTypes(Assembly assembly, string path)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            var missing = e is ReflectionTypeLoadException r ? string.Join("; ", r.LoaderExceptions.Select(l => l?.Message).Distinct()) : e.Message;
            throw new EvaluationInputException($"--detector-assembly: the types of '{path}' cannot be loaded (a dependency is missing: put the build output folder's files next to it): {missing}");
        }

        return [.. types
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IRiskDetector).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    private static bool CanConstruct(Type type, IServiceProvider services) =>
        type.GetConstructors().Any(c => Missing(c, services).Count == 0);

    /// <summary>Creates the detector with the public constructor whose parameters the services can all give, taking the one with the most parameters.</summary>
    private static IRiskDetector Construct(Type type, IServiceProvider services)
    {
        var constructors = type.GetConstructors();
        var usable = constructors.Where(c => Missing(c, services).Count == 0).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (usable is null)
        {
            var needs = constructors.Length == 0
                ? "it has no public constructor"
                : string.Join("; ", constructors.Select(c => $"({string.Join(", ", c.GetParameters().Select(p => $"{Show(p.ParameterType)} {p.Name}"))}) needs {string.Join(", ", Missing(c, services).Select(p => $"{Show(p.ParameterType)} {p.Name}"))}"));
            throw new EvaluationInputException($"--detector: cannot create {type.FullName}: {needs}, which the CLI cannot provide. Give it a parameterless constructor, or one taking only what the CLI provides: ILogger<T>, ILoggerFactory, IOptions<T>, TimeProvider, IContentSource and the other WellbeingKit services.");
        }

        var arguments = usable.GetParameters().Select(p => services.GetService(p.ParameterType) ?? p.DefaultValue).ToArray();
        try
        {
            return (IRiskDetector)usable.Invoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new EvaluationInputException($"--detector: the constructor of {type.FullName} threw {e.InnerException.GetType().Name}: {e.InnerException.Message}");
        }
    }

    private static List<ParameterInfo> Missing(ConstructorInfo constructor, IServiceProvider services)
    {
        var known = services.GetService<IServiceProviderIsService>();
        return [.. constructor.GetParameters().Where(p => !p.HasDefaultValue && known?.IsService(p.ParameterType) != true)];
    }

    private static string Show(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Show))}>"
        : type.Name;

    /// <summary>The detector's own context: its private dependencies from its folder, everything the CLI ships from the CLI.</summary>
    private sealed class DetectorLoadContext(string path) : AssemblyLoadContext($"detector:{Path.GetFileName(path)}")
    {
        private static readonly HashSet<string> Shared = new(
            ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>(),
            StringComparer.OrdinalIgnoreCase);

        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // The CLI's copy when it has one (the contract types must be the same), else the detector's own.
            if (assemblyName.Name is { } simple && (Shared.Contains(simple) || Default.Assemblies.Any(a => string.Equals(a.GetName().Name, simple, StringComparison.OrdinalIgnoreCase))))
            {
                return null;
            }

            return _resolver.ResolveAssemblyToPath(assemblyName) is { } file ? LoadFromAssemblyPath(file) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } file ? LoadUnmanagedDllFromPath(file) : IntPtr.Zero;
    }
}
