// node-forge's per-part modules (importing only the parts we use keeps start-up fast).
declare module 'node-forge/lib/asn1.js' {
  import forge from 'node-forge'
  const asn1: typeof forge.asn1
  export default asn1
}
declare module 'node-forge/lib/x509.js' {
  import forge from 'node-forge'
  const pki: typeof forge.pki
  export default pki
}
