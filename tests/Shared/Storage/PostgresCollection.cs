using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace WellbeingKit.Testing;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
