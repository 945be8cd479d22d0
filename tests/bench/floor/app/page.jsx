// Static: prerendered at build time and served as a file.
export default function Home() {
  return <p>The floor app.</p>;
}
