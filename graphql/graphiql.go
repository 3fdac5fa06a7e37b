package graphql

// graphiqlPage is a self-contained GraphiQL page; the browser loads GraphiQL itself from a CDN.
const graphiqlPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>covey GraphQL</title>
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
<link rel="stylesheet" href="https://unpkg.com/graphiql@3.7.2/graphiql.min.css">
</head>
<body>
<div id="graphiql">Loading GraphiQL… (needs access to unpkg.com; the API itself is at /graphql)</div>
<script crossorigin src="https://unpkg.com/react@18.3.1/umd/react.production.min.js"></script>
<script crossorigin src="https://unpkg.com/react-dom@18.3.1/umd/react-dom.production.min.js"></script>
<script crossorigin src="https://unpkg.com/graphiql@3.7.2/graphiql.min.js"></script>
<script>
  const url = new URL('/graphql', window.location.href);
  const wsUrl = url.href.replace(/^http/, 'ws');
  const fetcher = GraphiQL.createFetcher({ url: url.href, subscriptionUrl: wsUrl });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultEditorToolbarOpen: true }));
</script>
</body>
</html>
`
