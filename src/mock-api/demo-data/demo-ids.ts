export const DEMO_CALL_IDS = {
  closed: '30283b2e-54c2-47b5-a562-00bc2f51be98',
  upcoming: '139a6807-48fd-4514-9b4d-9c4b591a0bc0',
  noShow: '5d4d1619-fc38-42ff-96a2-aacc884d63a6',
  legacy: '95f03c4e-2604-46cb-b248-bfa28a9cbccd',
  sparse: '9b0096fd-5496-47cf-8c17-d5bfda0a14ec',
  long: 'a7163cc7-883c-42bf-aaf5-ff9dd184640e',
  /** The closed call's lead: the demo he missed before it, and the pilot kickoff after it. */
  closedLeadNoShow: 'b9a57778-174b-4d99-ba9f-3fd256b9e289',
  closedLeadKickoff: '3c9c3524-468a-4e29-9f65-4863a0f43ef3',
  /** Not in the demo data: the mock answers 404 for it. */
  missing: '8c33ad66-8e83-4ea1-8698-e20669a3455e',
} as const

export const DEMO_LEAD_IDS = {
  marcusBellamy: '3f9ebc0a-0285-45a4-bdd1-1e052133fd64',
  aikoTanaka: '6503bc92-724b-4b74-81b9-f45616038da7',
  oliverBrennan: '5817a5b7-5a7e-4613-9eba-759630c01144',
  henrikVogel: '5e50bb7c-fec9-45be-93c4-94c8e9feb483',
  kwameMensah: '9a641199-8bb5-403c-a394-1407a4e4783f',
  /** Referenced by a call but absent from the leads, so its lookup answers 404. */
  unknown: '52cf135d-5ddd-42b5-be15-7b7eca606b84',
} as const

export const DEMO_TEAM_IDS = {
  mayaOkafor: 'user_2VPzWZAURWzXxyAcwbjYDuz',
  tomaszWisniewski: 'user_26yse4YpWq8cxbFQurXnY9f',
  diegoRamirez: 'user_2SUWDvgpnC46bLMb90qLOtd',
  anjaliDeshpande: 'user_2t4xPCHxfYxUH5gahb55mA0',
  /** Referenced by a call but absent from the team, so its lookup answers 404. */
  unknown: 'user_2KpVXkdWzkt551ix0Tjq7M9',
} as const

export const DEMO_PRODUCT_IDS = {
  dispatch: 'eb9795cc-c34f-46be-b6ff-78ca46799a29',
  enterprise: '95dc7ac8-7e02-4d8e-830c-68ffc33a8e3d',
  classic: '01fef65e-64ad-443a-8e59-3ab7414144b9',
} as const

export const DEMO_PAYMENT_IDS = {
  closed: '0ff55853-3c0e-41a6-91d3-eeae3539e74a',
  long: 'b0f4fa96-af9f-401b-b7aa-c6a796eaea0b',
} as const

export const DEMO_BOOKING_LINK_IDS = {
  discovery: 'aeb632af-284b-4c77-8e44-172dafb49b28',
  enterprise: '53f12d57-10fa-492a-9891-cf65baf1402b',
} as const

/** UUIDs from the older schema shapes; none of them resolves to a lead or team member. */
export const DEMO_DRIFT_IDS = {
  legacyOrganization: 'f90ec425-9a4c-4b36-b67c-e2604c4b1094',
  legacyCloser: 'd5ab82f3-eaa6-4ce5-bb2e-ef93c8441c05',
  sparseCloser: 'dbba8a8b-4bc0-4414-94a9-4bebf97e0ceb',
  sparseSetter: '6af7139d-d5e1-4141-9f1d-653928497c3c',
} as const
