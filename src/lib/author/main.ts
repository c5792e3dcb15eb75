// Entry point of the authoring page (author.html), served only by `npm run author`.
import { mount } from 'svelte';
import AuthorApp from './AuthorApp.svelte';
import '../../app.css';

mount(AuthorApp, { target: document.getElementById('author') as HTMLElement });
